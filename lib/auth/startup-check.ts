/**
 * next-auth only notices a missing AUTH_SECRET on the first request; a production server should not
 * start without one. Returns the problem in words, or null when the configuration is usable.
 */
export function authSecretProblem(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  if (env.NODE_ENV !== "production") return null;
  const secret = env.AUTH_SECRET?.trim() ?? "";
  if (secret === "") return "AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and give every instance the same value.";
  if (secret.length < 32) return "AUTH_SECRET is too short (use at least 32 characters, e.g. `openssl rand -base64 32`).";
  return null;
}
