import type { AddOutcome } from "@/lib/candidates/add";
import type { ActionResult } from "@/lib/errors/result";
import { RENDERED_TENANT_HEADER } from "@/lib/tenancy/rendered-tenant-header";
import { postWithProgress } from "./post-with-progress";
import { writeAnswerLost } from "@/lib/errors/browser-requests";

export type CandidateFields = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  destination: string;
  knownMatchIds: number[] | null;
};

/**
 * Sends a new candidate WITH their phone number: only Recruspace's Create Candidate stores a phone,
 * and it takes the CV file itself, so the file goes (again) with the fields to our streaming route
 * (lib/candidates/create-route.ts).
 */
export function sendCandidateWithCv(file: File, fields: CandidateFields, tenantId: string, onProgress: (fraction: number) => void): Promise<ActionResult<AddOutcome>> {
  return postWithProgress<AddOutcome>(
    "/api/uploads/candidate",
    {
      "X-File-Name": encodeURIComponent(file.name),
      "X-Candidate": encodeURIComponent(JSON.stringify(fields)),
      "Content-Type": file.type || "application/octet-stream",
      [RENDERED_TENANT_HEADER]: tenantId,
    },
    file,
    onProgress,
    {
      unreadable: "Your input is kept; reload and search by email before retrying.",
      lost: writeAnswerLost({ doing: "Sending the candidate", next: "search by their email before retrying" }),
    },
  );
}
