import type { CandidateDetail } from "@/lib/recruspace/schemas";
import { invalidateList } from "./store";
import { sharedList } from "./lists";
import { CACHED_LISTS } from "./names";

/**
 * One short-lived Get Candidate answer per tenant, key record and candidate, shared by the candidate
 * page, its CV route and its photo route (and a note's company lookup), so one view of a candidate costs
 * one call of the key's budget instead of three. The answer carries presigned file links, so it is kept
 * no longer than CANDIDATE_ANSWER_TTL_MS and never past what a link says about its own expiry (less a
 * margin); a link refused anyway (403: expired, or signed with a secret the storage no longer has) is
 * refreshed once by the file route. Keyed by the key record as well as the tenant: an answer given to
 * one key is never served to a request made with another. On PostgreSQL the answer is shared by every
 * instance (sealed, lib/list-cache/shared-lists.ts), so the page, the CV and the photo may each be served by
 * a different one and still cost one call together.
 */
export const CANDIDATE_ANSWER_TTL_MS = 60_000;
/** A link must stay valid this long after it was served: the browser fetches the CV and photo right after the page. */
const LINK_MARGIN_MS = 30_000;

export type CandidateLoad = () => Promise<CandidateDetail>;

export function cachedCandidate(tenantId: string, keyRecordId: string, candidateId: number, load: CandidateLoad): Promise<CandidateDetail> {
  return sharedList(tenantId, CACHED_LISTS.candidates, params(keyRecordId, candidateId), load, { lifetimeMs: (answer) => answerLifetimeMs(answer) });
}

/** Asks Recruspace again even when an answer is kept, here or shared (its link was refused), and keeps the new answer. */
export function freshCandidate(tenantId: string, keyRecordId: string, candidateId: number, load: CandidateLoad): Promise<CandidateDetail> {
  return sharedList(tenantId, CACHED_LISTS.candidates, params(keyRecordId, candidateId), load, { lifetimeMs: (answer) => answerLifetimeMs(answer), fresh: true });
}

/** A write changed candidates (a tag, a new pool or post membership): their cached answers go. */
export function invalidateCandidates(tenantId: string): void {
  invalidateList(tenantId, CACHED_LISTS.candidates);
}

function params(keyRecordId: string, candidateId: number) {
  return { key: keyRecordId, id: candidateId };
}

/** How long an answer may be served: the fixed lifetime, cut short by the earliest link expiry it names. */
export function answerLifetimeMs(candidate: Pick<CandidateDetail, "cv" | "photo">, now: number = Date.now()): number {
  let lifetime = CANDIDATE_ANSWER_TTL_MS;
  for (const file of [candidate.cv, candidate.photo]) {
    const expiresAt = linkExpiresAt(file?.presigned_url ?? null);
    if (expiresAt !== null) lifetime = Math.min(lifetime, expiresAt - LINK_MARGIN_MS - now);
  }
  return Math.max(0, lifetime);
}

/**
 * When a presigned link says it expires (ms since the epoch), or null when it does not say. Inferred,
 * not documented: `expires=<unix seconds>` (the sandbox, CloudFront-style links) or S3's
 * `X-Amz-Date` + `X-Amz-Expires`. A link that says nothing is bounded by the fixed lifetime alone.
 */
export function linkExpiresAt(link: string | null): number | null {
  if (!link) return null;
  let query: URLSearchParams;
  try {
    query = new URL(link).searchParams;
  } catch {
    return null;
  }
  const expires = query.get("expires") ?? query.get("Expires");
  if (expires && /^\d{1,12}$/.test(expires)) return Number(expires) * 1000;
  const amzDate = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(query.get("X-Amz-Date") ?? "");
  const amzExpires = query.get("X-Amz-Expires");
  if (amzDate && amzExpires && /^\d{1,9}$/.test(amzExpires)) {
    const [, y, mo, d, h, mi, s] = amzDate.map(Number) as number[];
    return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) + Number(amzExpires) * 1000;
  }
  return null;
}
