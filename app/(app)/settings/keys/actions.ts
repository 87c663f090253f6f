"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { addKey, checkConnection, replaceKey, revokeKey, verifyKey } from "@/lib/vault/admin";
import { z } from "zod";
import { keyFormSchema, keyIdSchema } from "@/lib/vault/key-form-schema";

const PAGE = "/settings/keys";

/** Verifies the key with Recruspace, then stores it encrypted. Returns only the last 4 characters. */
export const addApiKey = defineAction({ name: "apiKeys.add", role: "admin", input: keyFormSchema }, async (input, ctx) => {
  const { last4 } = await addKey(ctx, input);
  revalidatePath(PAGE);
  return { last4 };
});

export const replaceApiKey = defineAction(
  { name: "apiKeys.replace", role: "admin", input: keyFormSchema.extend(keyIdSchema.shape) },
  async (input, ctx) => {
    const { last4, peopleKept, peopleDropped } = await replaceKey(ctx, input);
    revalidatePath(PAGE);
    return { last4, peopleKept, peopleDropped };
  },
);

export const revokeApiKey = defineAction({ name: "apiKeys.revoke", role: "admin", input: keyIdSchema }, async (input, ctx) => {
  await revokeKey(ctx, input.keyId);
  revalidatePath(PAGE);
  return null;
});

export const verifyApiKey = defineAction({ name: "apiKeys.verify", role: "admin", input: keyIdSchema }, async (input, ctx) => {
  const result = await verifyKey(ctx, input.keyId);
  revalidatePath(PAGE);
  return result;
});

/** The read-only connection check with the stored key (about nine calls); field paths only, never values. */
export const checkApiKeyConnection = defineAction({ name: "apiKeys.checkConnection", role: "admin", staleTab: "allow", input: z.object({}) }, async (_input, ctx) =>
  checkConnection(ctx),
);
