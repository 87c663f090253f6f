import { AuthError, CredentialsSignin } from "next-auth";
import { INVALID_CREDENTIALS_MESSAGE } from "./authenticate";
import { BUSY_MESSAGE, throttledMessage } from "./throttle";

/** The words for a refused sign-in, or null when the error is not a credentials refusal. */
export function signInErrorMessage(error: unknown): { code: "rate_limited" | "unauthenticated"; message: string } | null {
  if (!(error instanceof AuthError) || error.type !== "CredentialsSignin") return null;
  const code = (error as CredentialsSignin).code ?? "";
  const throttled = /^throttled-(\d+)$/.exec(code);
  if (throttled) return { code: "rate_limited", message: throttledMessage(Number(throttled[1])) };
  if (code === "busy") return { code: "rate_limited", message: BUSY_MESSAGE };
  return { code: "unauthenticated", message: INVALID_CREDENTIALS_MESSAGE };
}
