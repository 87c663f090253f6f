import { z } from "zod";

/**
 * Typed, validated view of the environment. Everything the server reads from env goes through here,
 * so defaults live in one place (and the README documents them from this file).
 * Empty strings count as "unset", so `FOO=` in a .env file falls back to the default.
 */

export const DEFAULT_RECRUSPACE_BASE_URL = "https://api.recruspace.com";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const flag = z
  .preprocess((value) => (typeof value === "string" ? value.toLowerCase() : value), z.enum(["1", "0", "true", "false", "yes", "no"]).optional())
  .transform((value) => value === "1" || value === "true" || value === "yes");

const envSchema = z.object({
  NODE_ENV: z.string().default("development"),
  DATABASE_URL: z.string().optional(),
  AUTH_SECRET: z.string().optional(),
  AUTH_TRUST_HOST: flag,
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. 0: the app is reached
   * directly and the client is the socket's peer; the header is then ignored (lib/auth/client-ip.ts).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** "id:base64(32 bytes),id2:base64(32 bytes)" — every master key that may still have ciphertexts. */
  RECRUSPACE_MASTER_KEYS: z.string().optional(),
  /** Which of RECRUSPACE_MASTER_KEYS encrypts new data; defaults to the only key when there is one. */
  RECRUSPACE_MASTER_KEY_ID: z.string().optional(),
  /** Set by `npm run demo`: allows a generated `.master-key` file even under NODE_ENV=production. */
  RECRUSPACE_DEMO: flag,
  RECRUSPACE_DEFAULT_BASE_URL: z.string().default(DEFAULT_RECRUSPACE_BASE_URL),
  /** Comma-separated extra base URLs a workspace may point at (e.g. the local sandbox). */
  RECRUSPACE_ALLOWED_BASE_URLS: z.string().default(""),
  /**
   * Comma-separated storage hosts the server may fetch a CV or photo from ("files.example.com",
   * "*.s3.eu-west-1.amazonaws.com"); empty: any public https host. The Recruspace base URLs' own
   * origins are always allowed (lib/security/safe-fetch.ts).
   */
  RECRUSPACE_FILE_HOSTS: z.string().default(""),
  RECRUSPACE_TIMEOUT_MS: positiveInt(10_000),
  RECRUSPACE_UPLOAD_TIMEOUT_MS: positiveInt(120_000),
  /** Requests per minute per key that this process allows itself (Recruspace documents 100). */
  RECRUSPACE_RATE_LIMIT_PER_MINUTE: positiveInt(100),
  MAX_CV_BYTES: positiveInt(20 * 1024 * 1024),
  /** Days a person stays in the workspace index (search by name or tag) after the app last saw them. */
  CANDIDATE_INDEX_RETENTION_DAYS: positiveInt(180),
  SANDBOX_PORT: positiveInt(4010),
});

export type ServerEnv = z.output<typeof envSchema> & {
  /** Normalized default base URL (no trailing slash). */
  recruspaceDefaultBaseUrl: string;
  /** Normalized allowlist: the default base URL first, then RECRUSPACE_ALLOWED_BASE_URLS. */
  recruspaceAllowedBaseUrls: string[];
  /** RECRUSPACE_FILE_HOSTS as lower-case host patterns (empty: any public host). */
  recruspaceFileHosts: string[];
};

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses the given environment (process.env by default). Cheap; not cached so tests can vary env. */
export function readEnv(source: Readonly<Record<string, string | undefined>> = process.env): ServerEnv {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === "string" && value.trim() !== "") cleaned[key] = value.trim();
  }
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new EnvError(`Invalid environment: ${problems}`);
  }
  const defaultBaseUrl = normalizeBaseUrl(parsed.data.RECRUSPACE_DEFAULT_BASE_URL);
  if (!defaultBaseUrl) throw new EnvError("RECRUSPACE_DEFAULT_BASE_URL must be an http(s) URL without query or credentials.");
  const extras = parsed.data.RECRUSPACE_ALLOWED_BASE_URLS.split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const normalized = normalizeBaseUrl(entry);
      if (!normalized) throw new EnvError(`RECRUSPACE_ALLOWED_BASE_URLS has an invalid entry: ${entry}`);
      return normalized;
    });
  const fileHosts = parsed.data.RECRUSPACE_FILE_HOSTS.split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .map((entry) => {
      if (!FILE_HOST_PATTERN.test(entry)) throw new EnvError(`RECRUSPACE_FILE_HOSTS has an invalid entry (a host name or *.domain): ${entry}`);
      return entry;
    });
  return {
    ...parsed.data,
    recruspaceDefaultBaseUrl: defaultBaseUrl,
    recruspaceAllowedBaseUrls: [...new Set([defaultBaseUrl, ...extras])],
    recruspaceFileHosts: [...new Set(fileHosts)],
  };
}

/** A host name, or "*." and a domain of at least two labels: no scheme, port, path or bare wildcard. */
const FILE_HOST_PATTERN = /^(\*\.)?(?=[a-z0-9-]+\.[a-z0-9.-]*[a-z0-9]$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/**
 * Canonical form of a base URL: scheme + host + port + path, no trailing slash, no query, hash or
 * credentials. Returns null for anything else, so it doubles as a validator.
 */
export function normalizeBaseUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || url.search || url.hash) return null;
  const path = url.pathname.replace(/\/+$/, "");
  return `${url.origin}${path}`;
}

/**
 * A workspace may only point the server at a base URL on the allowlist, so a member can never make the
 * server send its key (or any request) to an arbitrary host. Returns the canonical URL or null.
 */
export function allowedBaseUrl(input: string, env: ServerEnv = readEnv()): string | null {
  const normalized = normalizeBaseUrl(input);
  if (!normalized) return null;
  return env.recruspaceAllowedBaseUrls.includes(normalized) ? normalized : null;
}
