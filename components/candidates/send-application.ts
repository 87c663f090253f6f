import { APPLICATION_UPLOAD_PATH, applicationBody, ENVELOPE_LENGTH_HEADER } from "@/lib/candidates/application-upload";
import type { ApplyOutcome } from "@/lib/candidates/apply";
import type { ActionResult } from "@/lib/errors/result";
import { RENDERED_TENANT_HEADER } from "@/lib/tenancy/rendered-tenant-header";
import { postWithProgress } from "./post-with-progress";
import { outcomeUnknown, writeAnswerLost } from "@/lib/errors/browser-requests";

/** The apply form's words for an application whose answer was lost, sent with or without files. */
export const APPLICATION_ANSWER_LOST = writeAnswerLost({
  doing: "Sending the application",
  outcome: "sent",
  next: "your input is kept; search for the candidate by email before trying again",
});

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
      unreadable: outcomeUnknown({ subject: "The application", outcome: "sent", next: "your input is kept" }),
      lost: APPLICATION_ANSWER_LOST,
    },
  );
}
