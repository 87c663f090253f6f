import type { CandidateDetail } from "@/lib/recruspace/schemas";
import type { UploadedCv } from "./schemas";

/** The apply form opened from a candidate's page: their details and CV as Recruspace has them (documented fields). */
export type ApplyPrefill = { candidateId: number; firstName: string; lastName: string; email: string; cv: UploadedCv | null };

export function applyPrefill(candidate: Pick<CandidateDetail, "id" | "email" | "first_name" | "last_name" | "cv">): ApplyPrefill {
  const cv = candidate.cv;
  return {
    candidateId: candidate.id,
    firstName: candidate.first_name ?? "",
    lastName: candidate.last_name ?? "",
    email: candidate.email,
    cv: cv ? { documentId: String(cv.id), name: cv.name || "CV", size: cv.file_size ?? 0 } : null,
  };
}

/** The `?candidate=` of the apply page: a Recruspace id, or nothing. */
export function prefillCandidateId(value: string | string[] | undefined): number | null {
  return typeof value === "string" && /^[1-9][0-9]{0,9}$/.test(value) ? Number(value) : null;
}
