import fs from "node:fs";
import path from "node:path";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

let commonPasswords: Set<string> | undefined;

/** Read once per process; the file lives in the repository so it ships with the app. */
function loadCommonPasswords(): Set<string> {
  if (commonPasswords) return commonPasswords;
  const file = path.join(process.cwd(), "lib", "auth", "common-passwords.txt");
  const lines = fs.readFileSync(file, "utf8").split("\n");
  commonPasswords = new Set(lines.filter((line) => line && !line.startsWith("#")).map((line) => line.trim().toLowerCase()));
  return commonPasswords;
}

/** Why a new password is refused, as a sentence for the form, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lowered = password.trim().toLowerCase();
  if (email && lowered === email.trim().toLowerCase()) return "Your password must not be your email address.";
  if (loadCommonPasswords().has(lowered)) return "This password is too common. Choose something less predictable.";
  if (new Set(lowered).size < 4) return "This password is too predictable. Use more different characters.";
  return null;
}
