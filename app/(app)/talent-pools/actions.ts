"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { checkPoolDeletion, createTalentPool, deleteTalentPool, renameTalentPool } from "@/lib/talent-pools/manage";

const poolName = z.string().trim().min(1, "Give the pool a name.").max(255, "Use at most 255 characters.");
const poolId = z.number().int().positive();

export const createTalentPoolAction = defineAction(
  { name: "talentPools.create", role: "member", input: z.object({ name: poolName, allowDuplicate: z.boolean().optional() }) },
  async (input, ctx) => {
    const { pool } = await createTalentPool(await ctx.recruspace(), ctx, input.name, { allowDuplicate: input.allowDuplicate });
    // Created either way; without a readable answer (and no pool of that name found) the id is unknown.
    return { id: pool?.id ?? null, name: pool?.name ?? input.name };
  },
);

export const renameTalentPoolAction = defineAction(
  { name: "talentPools.rename", role: "member", input: z.object({ id: poolId, name: poolName }) },
  async (input, ctx) => {
    const pool = await renameTalentPool(await ctx.recruspace(), ctx, input.id, input.name);
    return { id: pool.id, name: pool.name };
  },
);

/**
 * Admins only (docs/workspace.md, "Who may delete a pool"): a pool can hold many candidates, and
 * Recruspace keeps no copy. A pool with candidates also needs its name typed back; the check reads the
 * pool's people count fresh (one call), never a cached count.
 */
export const deleteTalentPoolAction = defineAction(
  {
    name: "talentPools.delete",
    role: "admin",
    input: z.object({ id: poolId, name: z.string().max(255).optional(), confirmName: z.string().max(255).optional() }),
  },
  async (input, ctx) => {
    const client = await ctx.recruspace();
    await checkPoolDeletion(client, ctx.tenantId, input.id, input.confirmName);
    await deleteTalentPool(client, ctx, input.id, input.name);
    return { id: input.id };
  },
);
