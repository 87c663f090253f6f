"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { createTalentPool, deleteTalentPool, renameTalentPool } from "@/lib/talent-pools/manage";

const poolName = z.string().trim().min(1, "Give the pool a name.").max(255, "Use at most 255 characters.");
const poolId = z.number().int().positive();

export const createTalentPoolAction = defineAction(
  { name: "talentPools.create", role: "member", input: z.object({ name: poolName }) },
  async (input, ctx) => {
    const { pool } = await createTalentPool(await ctx.recruspace(), ctx, input.name);
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

export const deleteTalentPoolAction = defineAction(
  { name: "talentPools.delete", role: "member", input: z.object({ id: poolId, name: z.string().max(255).optional() }) },
  async (input, ctx) => {
    await deleteTalentPool(await ctx.recruspace(), ctx, input.id, input.name);
    return { id: input.id };
  },
);
