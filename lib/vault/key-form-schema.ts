import { z } from "zod";

/** The add / replace form, shared by the browser (react-hook-form) and the server actions. */
export const keyFormSchema = z.object({
  label: z.string().trim().min(1, "Give the key a label, e.g. “Production”.").max(100, "Keep the label under 100 characters."),
  baseUrl: z.string().trim().min(1, "Enter the Recruspace base URL.").max(300, "That URL is too long."),
  apiKey: z
    .string()
    .trim()
    .min(8, "Paste the whole API key from Recruspace.")
    .max(500, "That is longer than any Recruspace key.")
    .regex(/^\S+$/, "The key cannot contain spaces.")
    // Only printable ASCII can go into an Authorization header; anything else is a paste accident.
    .regex(/^[\x21-\x7e]*$/, "The key can only contain letters, digits and ASCII symbols; check for invisible characters."),
});

export type KeyFormValues = z.input<typeof keyFormSchema>;

export const keyIdSchema = z.object({ keyId: z.string().trim().min(1).max(100) });
