import type { z } from "zod";
import type { FieldErrors } from "./result";

/** Flattens zod issues to { "field.path": ["message"] } so forms can show them beside each field. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
