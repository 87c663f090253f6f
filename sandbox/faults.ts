/**
 * Fault injection for tests: "the next `count` calls" of a method + path misbehave.
 * `path` is an exact API path, or a prefix when it ends with "*". With `after: true` the request
 * is handled first (its effect is kept) and only the answer is replaced, delayed or lost —
 * simulating e.g. a create that succeeded but whose response never arrived.
 */
export type FaultKind = "status" | "hang" | "reset" | "latency" | "malformed";

export interface FaultRule {
  method: string;
  path: string;
  kind: FaultKind;
  count: number;
  status?: number;
  retryAfter?: number;
  ms?: number;
  after?: boolean;
  /** Body for "malformed" (default: truncated JSON) or "status" (default: a `detail` object). */
  body?: string;
}

const KINDS: FaultKind[] = ["status", "hang", "reset", "latency", "malformed"];

export function parseFaultRule(input: unknown): FaultRule | string {
  if (!input || typeof input !== "object") return "Body must be a JSON object.";
  const raw = input as Record<string, unknown>;
  if (typeof raw.method !== "string" || !raw.method) return "method is required.";
  if (typeof raw.path !== "string" || !raw.path.startsWith("/")) return "path must start with /.";
  if (typeof raw.kind !== "string" || !KINDS.includes(raw.kind as FaultKind)) return `kind must be one of ${KINDS.join(", ")}.`;
  const count = raw.count === undefined ? 1 : Number(raw.count);
  if (!Number.isInteger(count) || count < 1) return "count must be a positive integer.";
  const status = raw.status === undefined ? undefined : Number(raw.status);
  if (raw.kind === "status" && (!Number.isInteger(status) || (status as number) < 100 || (status as number) > 599)) return "status must be an HTTP status.";
  const ms = raw.ms === undefined ? undefined : Number(raw.ms);
  if (raw.kind === "latency" && (!Number.isFinite(ms) || (ms as number) < 0)) return "ms must be a non-negative number.";
  return {
    method: raw.method.toUpperCase(),
    path: raw.path,
    kind: raw.kind as FaultKind,
    count,
    status,
    retryAfter: raw.retryAfter === undefined ? undefined : Number(raw.retryAfter),
    ms,
    after: raw.after === true,
    body: typeof raw.body === "string" ? raw.body : undefined,
  };
}

export function createFaultRegistry() {
  let rules: FaultRule[] = [];
  return {
    add(rule: FaultRule) {
      rules.push({ ...rule, method: rule.method.toUpperCase(), count: rule.count ?? 1 });
    },
    clear() {
      rules = [];
    },
    list(): FaultRule[] {
      return rules.map((r) => ({ ...r }));
    },
    /** Consumes one use of the first rule matching this call, if any. */
    take(method: string, pathname: string): FaultRule | null {
      const rule = rules.find((r) => (r.method === "*" || r.method === method) && pathMatches(r.path, pathname));
      if (!rule) return null;
      rule.count -= 1;
      if (rule.count <= 0) rules = rules.filter((r) => r !== rule);
      return { ...rule };
    },
  };
}

function pathMatches(pattern: string, pathname: string): boolean {
  return pattern.endsWith("*") ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;
}

export type FaultRegistry = ReturnType<typeof createFaultRegistry>;
