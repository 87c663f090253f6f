/**
 * The words for a browser → app server request that came back without an answer the page can use.
 * Only the browser sees these failures (the server never saw the request, or its answer was lost on the
 * way), so describeFailure cannot word them. They say only what the browser knows: a request that never
 * came back may or may not have reached the server, so a write never claims it was not made.
 * Imports nothing: client components of every page load it.
 */

/** A read, or a request that is safe to send again, got no answer. */
export function serverUnreachable(): string {
  return "The app's server could not be reached. Try again.";
}

export type LostWrite = {
  /** What was being done, to open the sentence: "Adding the candidate". */
  doing: string;
  /** What the write does when it happens: a record is "saved", an application "sent", a key "revoked". */
  outcome?: "saved" | "sent" | "revoked";
  /** What the form keeps and what to check before trying again: "check by email before retrying". */
  next: string;
};

/** A write got no answer: it may or may not have happened, so the user is told what to check first. */
export function writeAnswerLost({ doing, outcome = "saved", next }: LostWrite): string {
  return `${doing} failed: the app's server could not be reached or its answer was lost. ${outcomeUnknown({ subject: "It", outcome, next })}`;
}

/** What is known of a write whose answer could not be used: nothing, so say so and what to do next. */
export function outcomeUnknown({ subject, outcome = "saved", next }: { subject: string } & Omit<LostWrite, "doing">): string {
  return `${subject} may or may not have been ${outcome}; ${next}.`;
}

/** The app's server answered, but not in the app's own shape (e.g. a proxy's error page). */
export function unreadableAnswer(status: number, next?: string): string {
  return next ? `The server answered ${status}. ${next}` : `The server answered ${status}.`;
}

/** The server answered 401 to a request the page sent itself (the session ended meanwhile). */
export function sessionEnded(): string {
  return "Your session ended. Please sign in again (this page keeps your input).";
}

/** A file upload's connection dropped. An unused uploaded file is harmless, so sending it again is safe. */
export function uploadDropped(): string {
  return "The connection dropped during the upload. Check your connection and try again.";
}

export function uploadTimedOut(): string {
  return "The upload took too long. Please try again.";
}

export function uploadCancelled(): string {
  return "The upload was cancelled.";
}
