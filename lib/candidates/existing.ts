import "server-only";
import type { Destination } from "./schemas";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import type { CandidateDetail } from "@/lib/recruspace/schemas";

/** What the form shows about a person who is already in Recruspace. */
export type ExistingCandidate = {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  cvDocumentId: string | null;
  cvName: string | null;
  /** Where they are: "Job post: Backend engineer", "Talent pool: Designers". */
  placedIn: string[];
  /** True when this record is already in the destination being asked about. */
  inDestination: boolean;
};

/** Recruspace's search is a substring match; several records can share one email (one per pool/post). */
const MAX_RECORDS_CHECKED = 5;

export function isInDestination(candidate: CandidateDetail, destination: Destination): boolean {
  if (destination.kind === "job_post") return candidate.job_post?.hash === destination.hash;
  return (candidate.talent_pools ?? []).some((pool) => pool.id === destination.id);
}

function describe(candidate: CandidateDetail, destination: Destination | undefined): ExistingCandidate {
  const placedIn = [
    ...(candidate.job_post ? [`Job post: ${candidate.job_post.title || candidate.job_post.hash}`] : []),
    ...(candidate.talent_pools ?? []).map((pool) => `Talent pool: ${pool.name || `#${pool.id}`}`),
  ];
  return {
    id: candidate.id,
    email: candidate.email,
    firstName: candidate.first_name,
    lastName: candidate.last_name,
    cvDocumentId: candidate.cv ? String(candidate.cv.id) : null,
    cvName: candidate.cv?.name ?? null,
    placedIn,
    inDestination: destination ? isInDestination(candidate, destination) : false,
  };
}

/**
 * The candidate with exactly this email (case-insensitive), preferring the record that is already in
 * `destination`, or null. Used before creating, after a 409, and after a create call that may or
 * may not have happened (timeout, reset, 5xx).
 */
export async function findExistingCandidate(
  api: RecruspaceClient,
  email: string,
  destination?: Destination,
): Promise<ExistingCandidate | null> {
  const wanted = email.trim().toLowerCase();
  const matches = (await api.searchCandidatesByEmail(wanted))
    .filter((hit) => hit.email.trim().toLowerCase() === wanted)
    .slice(0, MAX_RECORDS_CHECKED);
  if (matches.length === 0) return null;
  let first: ExistingCandidate | null = null;
  for (const match of matches) {
    const record = describe(await api.getCandidate(match.id), destination);
    if (record.inDestination) return record;
    first ??= record;
  }
  return first;
}
