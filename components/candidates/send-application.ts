import { APPLICATION_UPLOAD_PATH, applicationBody, ENVELOPE_LENGTH_HEADER } from "@/lib/candidates/application-upload";
import type { ApplyOutcome } from "@/lib/candidates/apply";
import type { ActionResult } from "@/lib/errors/result";
import { RENDERED_TENANT_HEADER } from "@/lib/tenancy/rendered-tenant-header";
import { postWithProgress } from "./post-with-progress";

/** Sends an application WITH file answers to the streaming route (lib/candidates/apply-route.ts): an action cannot carry files. */
export function sendApplication(
  hash: string,
  values: unknown,
  files: { name: string; file: File }[],
  /** The workspace the page was rendered for (a stale tab is refused). */
  tenantId: string,
  onProgress: (fraction: number) => void,
  /** Opened from this candidate's page (their timeline shows the application). */
  fromCandidateId?: number,
): Promise<ActionResult<ApplyOutcome>> {
  const { body, envelopeLength } = applicationBody(values, files);
  return postWithProgress<ApplyOutcome>(
    `${APPLICATION_UPLOAD_PATH}?hash=${encodeURIComponent(hash)}${fromCandidateId ? `&from=${fromCandidateId}` : ""}`,
    { [ENVELOPE_LENGTH_HEADER]: String(envelopeLength), "Content-Type": "application/octet-stream", [RENDERED_TENANT_HEADER]: tenantId },
    body,
    onProgress,
    {
      unreadable: "The application may or may not have been sent; your input is kept.",
      lost: "The connection dropped while sending the application. It may or may not have been sent; your input is kept. Search for the candidate by email before trying again.",
    },
  );
}
