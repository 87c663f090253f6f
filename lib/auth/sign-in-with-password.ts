import "server-only";
import { fail, type ActionFailure } from "@/lib/actions/result";
import { signIn } from "./config";
import { signInErrorMessage } from "./sign-in-error";

/** Runs the Credentials sign-in inside a server action; sets the session cookie on success. */
export async function signInWithPassword(email: string, password: string): Promise<ActionFailure | null> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return null;
  } catch (error) {
    const refused = signInErrorMessage(error);
    if (refused) return fail(refused.code, refused.message);
    console.error(`[auth] sign-in failed unexpectedly: ${error instanceof Error ? error.name : typeof error}`);
    return fail("internal", "Something went wrong on our side. Please try again.");
  }
}
