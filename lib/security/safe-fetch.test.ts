import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { checkUrl, hostAllowed, isPublicAddress, requestOptionsFor, safeFetch, SafeFetchError, type ResolvedAddress, type SafeFetchPolicy } from "./safe-fetch";

type Recorder = { server: http.Server; port: number; requests: { url: string; host: string | undefined }[]; origin: string };

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A local server that records every request it gets and answers with `handler` (default: 200 "secret"). */
async function recorder(handler?: http.RequestListener, host = "127.0.0.1", port = 0): Promise<Recorder> {
  const requests: Recorder["requests"] = [];
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? "", host: req.headers.host });
    if (handler) return handler(req, res);
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end("secret");
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  servers.push(server);
  const actual = (server.address() as AddressInfo).port;
  return { server, port: actual, requests, origin: `http://${host}:${actual}` };
}

/** A resolver that answers from a table and counts its lookups. */
function resolverOf(table: Record<string, string[] | ((call: number) => string[])>) {
  const calls: string[] = [];
  const resolve = async (hostname: string): Promise<ResolvedAddress[]> => {
    calls.push(hostname);
    const entry = table[hostname];
    const addresses = typeof entry === "function" ? entry(calls.filter((h) => h === hostname).length) : entry;
    if (!addresses) throw Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return { resolve, calls };
}

function policy(overrides: Partial<SafeFetchPolicy> = {}): SafeFetchPolicy {
  return { trustedOrigins: [], allowedHosts: [], maxBytes: 1_000_000, timeoutMs: 2_000, resolve: resolverOf({}).resolve, ...overrides };
}

async function refusal(promise: Promise<unknown>): Promise<SafeFetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SafeFetchError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("isPublicAddress (ipaddr.js ranges)", () => {
  it("accepts public unicast only", () => {
    for (const address of ["8.8.8.8", "52.95.110.1", "2606:4700:4700::1111", "2a00:1450:4001:82b::200e"]) expect(isPublicAddress(address), address).toBe(true);
    const refused = [
      "127.0.0.1", "127.1.2.3", "10.0.0.5", "172.16.3.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
      "224.0.0.1", "255.255.255.255", "192.0.2.10", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254",
      "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::", "ff02::1",
      "not an address", "",
    ];
    for (const address of refused) expect(isPublicAddress(address), address).toBe(false);
  });
});

describe("hostAllowed", () => {
  it("matches exact names and names below a *. pattern", () => {
    const patterns = ["files.example.com", "*.s3.example.com"];
    expect(hostAllowed("files.example.com", patterns)).toBe(true);
    expect(hostAllowed("FILES.example.com.", patterns)).toBe(true);
    expect(hostAllowed("bucket.s3.example.com", patterns)).toBe(true);
    expect(hostAllowed("a.b.s3.example.com", patterns)).toBe(true);
    expect(hostAllowed("s3.example.com", patterns)).toBe(false);
    expect(hostAllowed("evil-s3.example.com", patterns)).toBe(false);
    expect(hostAllowed("files.example.com.evil.test", patterns)).toBe(false);
    expect(hostAllowed("sub.files.example.com", patterns)).toBe(false);
  });
});

describe("safeFetch refuses before sending anything", () => {
  it("plain http to an origin that is not configured, without even resolving it", async () => {
    const target = await recorder();
    const dns = resolverOf({ "files.example.com": ["8.8.8.8"] });
    expect((await refusal(safeFetch(`${target.origin}/secret`, policy({ resolve: dns.resolve })))).reason).toBe("not_https");
    expect((await refusal(safeFetch("http://files.example.com/cv.pdf", policy({ resolve: dns.resolve })))).reason).toBe("not_https");
    expect(dns.calls).toEqual([]);
    expect(target.requests).toEqual([]);
  });

  it("URLs that are not plain http(s) or carry credentials", async () => {
    for (const url of ["ftp://files.example.com/cv.pdf", "file:///etc/passwd", "gopher://x/", "https://user:pw@files.example.com/cv.pdf", "not a url"]) {
      expect((await refusal(safeFetch(url, policy()))).reason, url).toBe("unusable_url");
    }
  });

  it("loopback, private, link-local and metadata addresses given as IP literals", async () => {
    const target = await recorder();
    for (const url of [
      `https://127.0.0.1:${target.port}/secret`,
      `https://[::1]:${target.port}/secret`,
      `https://[::ffff:127.0.0.1]:${target.port}/secret`,
      "https://169.254.169.254/latest/meta-data/iam/security-credentials/",
      "https://10.0.0.8/internal",
      "https://192.168.0.1/admin",
      "https://[fe80::1]/",
      "https://0.0.0.0/",
    ]) {
      const error = await refusal(safeFetch(url, policy()));
      expect(error.reason, url).toBe("not_public");
      expect(error.message).not.toContain("127.0.0.1");
    }
    expect(target.requests).toEqual([]);
  });

  it("a public-looking name whose DNS answer is private (checked after resolution), even one address among public ones", async () => {
    const target = await recorder();
    const dns = resolverOf({
      "cdn.files.example": ["127.0.0.1"],
      "metadata.files.example": ["169.254.169.254"],
      "intranet.files.example": ["10.1.2.3"],
      "v6.files.example": ["::1"],
      "mixed.files.example": ["8.8.8.8", "192.168.1.20"],
    });
    for (const host of ["cdn", "metadata", "intranet", "v6", "mixed"]) {
      expect((await refusal(safeFetch(`https://${host}.files.example:${target.port}/cv.pdf`, policy({ resolve: dns.resolve })))).reason, host).toBe("not_public");
    }
    expect(dns.calls).toHaveLength(5);
    expect(target.requests).toEqual([]);
  });

  it("a name that does not resolve", async () => {
    expect((await refusal(safeFetch("https://nowhere.files.example/cv.pdf", policy()))).reason).toBe("unresolvable");
  });

  it("a host outside RECRUSPACE_FILE_HOSTS, when set, without resolving it", async () => {
    const dns = resolverOf({ "bucket.s3.example.com": ["52.95.110.1"], "elsewhere.example.com": ["52.95.110.2"] });
    const strict = policy({ allowedHosts: ["*.s3.example.com"], resolve: dns.resolve });
    expect((await refusal(safeFetch("https://elsewhere.example.com/cv.pdf", strict))).reason).toBe("host_not_allowed");
    expect(dns.calls).toEqual([]);
    expect((await checkUrl("https://bucket.s3.example.com/cv.pdf", strict)).addresses).toEqual(["52.95.110.1"]);
  });
});

describe("safeFetch on a configured origin (the sandbox's own http origin)", () => {
  it("streams the body", async () => {
    const files = await recorder();
    const answer = await safeFetch(`${files.origin}/files/1/cv.pdf?sig=x`, policy({ trustedOrigins: [files.origin] }));
    expect(answer.status).toBe(200);
    expect(await readAll(answer.body)).toBe("secret");
    expect(files.requests).toEqual([{ url: "/files/1/cv.pdf?sig=x", host: `127.0.0.1:${files.port}` }]);
  });

  it("does not follow a redirect: refused, and the redirect's target gets nothing", async () => {
    const target = await recorder();
    const redirecting = await recorder((_req, res) => {
      res.writeHead(302, { Location: `${target.origin}/secret` });
      res.end();
    });
    const error = await refusal(safeFetch(`${redirecting.origin}/files/1/cv.pdf`, policy({ trustedOrigins: [redirecting.origin, target.origin] })));
    expect(error).toMatchObject({ reason: "redirect", status: 302 });
    expect(redirecting.requests).toHaveLength(1);
    expect(target.requests).toEqual([]);
  });

  it("connects to the address it checked: a DNS answer that changes afterwards (rebinding) cannot move the connection", async () => {
    const first = await recorder((_req, res) => res.end("from the checked address"));
    // Another server on another loopback address, same port: where a second lookup would lead.
    const second = await recorder((_req, res) => res.end("from the rebound address"), "127.0.0.2", first.port);
    const dns = resolverOf({ "files.rebind.test": (call) => (call === 1 ? ["127.0.0.1"] : ["127.0.0.2"]) });
    const origin = `http://files.rebind.test:${first.port}`;
    const answer = await safeFetch(`${origin}/cv.pdf`, policy({ trustedOrigins: [origin], resolve: dns.resolve }));
    expect(await readAll(answer.body)).toBe("from the checked address");
    expect(dns.calls).toEqual(["files.rebind.test"]);
    expect(second.requests).toEqual([]);
    // The name still travels in the Host header (a presigned signature covers it).
    expect(first.requests).toEqual([{ url: "/cv.pdf", host: `files.rebind.test:${first.port}` }]);
  });

  it("refuses an announced length over the limit before reading, and cuts off a longer stream", async () => {
    const announced = await recorder((_req, res) => {
      res.writeHead(200, { "Content-Length": "5000" });
      res.end("x".repeat(5000));
    });
    expect((await refusal(safeFetch(`${announced.origin}/big`, policy({ trustedOrigins: [announced.origin], maxBytes: 1000 })))).reason).toBe("too_large");

    let written = 0;
    const endless = await recorder((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/pdf" });
      const chunk = Buffer.alloc(16 * 1024, 0x41);
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) written += chunk.length;
        if (!res.destroyed) res.once("drain", pump);
      };
      pump();
    });
    const answer = await safeFetch(`${endless.origin}/endless`, policy({ trustedOrigins: [endless.origin], maxBytes: 100_000 }));
    const error = await refusal(readAll(answer.body).catch((e: unknown) => Promise.reject((e as { cause?: unknown }).cause ?? e)));
    expect(error.reason).toBe("too_large");
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it("has one deadline that covers the body", async () => {
    const stalling = await recorder((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/pdf" });
      res.write("%PDF-1.4 and then nothing");
    });
    const started = Date.now();
    const answer = await safeFetch(`${stalling.origin}/slow`, policy({ trustedOrigins: [stalling.origin], timeoutMs: 300 }));
    const error = await refusal(readAll(answer.body).catch((e: unknown) => Promise.reject((e as { cause?: unknown }).cause ?? e)));
    expect(error.reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3_000);

    const silent = await recorder(() => {});
    expect((await refusal(safeFetch(`${silent.origin}/silent`, policy({ trustedOrigins: [silent.origin], timeoutMs: 300 })))).reason).toBe("timeout");
  });

  it("answers an upstream error as such", async () => {
    const failing = await recorder((_req, res) => {
      res.writeHead(403);
      res.end("expired");
    });
    expect(await refusal(safeFetch(`${failing.origin}/x`, policy({ trustedOrigins: [failing.origin] })))).toMatchObject({ reason: "http_error", status: 403 });
  });
});

describe("requestOptionsFor", () => {
  it("connects to the IP literal, keeps the name for Host and TLS, and never pools or resolves", () => {
    const options = requestOptionsFor(new URL("https://bucket.s3.example.com/cv.pdf?X-Amz-Signature=abc"), "52.95.110.1");
    expect(options).toMatchObject({
      host: "52.95.110.1",
      port: 443,
      path: "/cv.pdf?X-Amz-Signature=abc",
      servername: "bucket.s3.example.com",
      agent: false,
      headers: { Host: "bucket.s3.example.com" },
    });
    expect(requestOptionsFor(new URL("https://52.95.110.1:8443/x"), "52.95.110.1")).toMatchObject({ servername: "", port: "8443" });
  });
});
