import "server-only";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { signIn } from "./config";
import { signInErrorMessage } from "./sign-in-error";

/** Runs the Credentials sign-in inside a server action; sets the session cookie, or throws the refusal in words. */
export async function signInWithPassword(email: string, password: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    const refused = signInErrorMessage(error);
    if (refused) throw new UserFacingError(refused.code, refused.message);
    throw error;
  }
}
