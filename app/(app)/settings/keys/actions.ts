"use server";

import { revalidatePath } from "next/cache";
import { defineAction, type ActionContext } from "@/lib/actions/define-action";
import { requestIp } from "@/lib/tenancy/gate";
import { addKey, replaceKey, revokeKey, verifyKey } from "@/lib/vault/admin";
import { keyFormSchema, keyIdSchema } from "@/lib/vault/key-form-schema";

const PAGE = "/settings/keys";

async function scope(ctx: ActionContext) {
  return { tenantId: ctx.tenantId, actor: { userId: ctx.userId, email: ctx.userEmail, ip: await requestIp() } };
}

/** Verifies the key with Recruspace, then stores it encrypted. Returns only the last 4 characters. */
export const addApiKey = defineAction({ name: "apiKeys.add", role: "admin", input: keyFormSchema }, async (input, ctx) => {
  const { last4 } = await addKey(await scope(ctx), input);
  revalidatePath(PAGE);
  return { last4 };
});

export const replaceApiKey = defineAction(
  { name: "apiKeys.replace", role: "admin", input: keyFormSchema.extend(keyIdSchema.shape) },
  async (input, ctx) => {
    const { last4 } = await replaceKey(await scope(ctx), input);
    revalidatePath(PAGE);
    return { last4 };
  },
);

export const revokeApiKey = defineAction({ name: "apiKeys.revoke", role: "admin", input: keyIdSchema }, async (input, ctx) => {
  await revokeKey(await scope(ctx), input.keyId);
  revalidatePath(PAGE);
  return null;
});

export const verifyApiKey = defineAction({ name: "apiKeys.verify", role: "admin", input: keyIdSchema }, async (input, ctx) => {
  const result = await verifyKey(await scope(ctx), input.keyId);
  revalidatePath(PAGE);
  return result;
});
