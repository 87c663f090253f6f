/**
 * Signs a seeded user in through next-auth's own endpoints (CSRF token, then the Credentials
 * callback) with plain fetch and returns the Cookie header a browser would send afterwards.
 */
export async function signInCookie(baseURL: string, credentials: { email: string; password: string }): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

  const csrfResponse = await fetch(`${baseURL}/api/auth/csrf`);
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const callback = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: header() },
    body: new URLSearchParams({ email: credentials.email, password: credentials.password, csrfToken, callbackUrl: baseURL }),
  });
  keep(callback);
  const session = [...jar.keys()].find((name) => name.includes("session-token"));
  if (!session) throw new Error(`sign-in of ${credentials.email} failed (HTTP ${callback.status}, location ${callback.headers.get("location")})`);
  jar.delete([...jar.keys()].find((name) => name.includes("csrf-token")) ?? "");
  jar.delete([...jar.keys()].find((name) => name.includes("callback-url")) ?? "");
  return header();
}

/** GET with the session; throws unless the page rendered (2xx) rather than redirecting to sign-in. */
export async function getOk(url: string, cookie: string): Promise<string> {
  const response = await fetch(url, { headers: { Cookie: cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status < 200 || response.status >= 300) throw new Error(`GET ${url} → HTTP ${response.status} ${response.headers.get("location") ?? ""}`);
  return body;
}
