"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { clearSeen } from "@/lib/candidate-index/maintain";
import { refreshFromPools } from "@/lib/candidate-index/refresh";
import { searchSeen } from "@/lib/candidate-index/search";

/** The header's search as the user types, and the command palette: the workspace index only (no upstream call). */
export const searchIndexAction = defineAction(
  { name: "candidateIndex.search", role: "member", staleTab: "allow", input: z.object({ query: z.string().max(200) }) },
  async (input, ctx) => (await searchSeen(db(), ctx.tenantId, input.query, { pageSize: 8 })).hits,
);

export const refreshIndexFromPoolsAction = defineAction(
  { name: "candidateIndex.refreshFromPools", role: "member", input: z.object({}) },
  async (_input, ctx) => refreshFromPools(db(), ctx.tenantId, () => ctx.recruspace()),
);

export const clearIndexAction = defineAction({ name: "candidateIndex.clear", role: "admin", input: z.object({}) }, async (_input, ctx) => {
  const removed = await clearSeen(db(), ctx.tenantId);
  await ctx.audit({ action: "candidate_index.cleared", metadata: { removed } });
  return { removed };
});
