"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { bulkAddOne, bulkTagOne, finishBulk } from "@/lib/candidates/bulk";
import { destinationSchema, parseDestination, tagTitleSchema } from "@/lib/candidates/schemas";
import { clientSourceFor } from "@/lib/tenancy/recruspace";

/**
 * Bulk work, one person per call (the loop runs in the browser: lib/candidates/bulk-queue.ts says why).
 * Each call passes the gate and the page's workspace on its own, and spends the key's budget as
 * background work, behind people's own requests.
 */
const candidateId = z.number().int().positive();

export const bulkTagAction = defineAction(
  {
    name: "candidates.bulkTag",
    role: "member",
    input: z.object({ candidateId, title: tagTitleSchema }),
  },
  async (input, ctx) => bulkTagOne(await clientSourceFor(ctx.tenantId, "background")(), ctx, input),
);

export const bulkAddAction = defineAction(
  { name: "candidates.bulkAddToDestination", role: "member", input: z.object({ candidateId, destination: destinationSchema }) },
  async (input, ctx) => bulkAddOne(await clientSourceFor(ctx.tenantId, "background")(), ctx, { candidateId: input.candidateId, destination: parseDestination(input.destination)! }),
);

/** Sent once when a run ends (done or cancelled): the cached lists its writes changed are dropped. */
export const bulkFinishedAction = defineAction(
  { name: "candidates.bulkFinished", role: "member", input: z.object({ kind: z.enum(["tag", "add"]) }) },
  async (input, ctx) => {
    finishBulk(ctx.tenantId, input.kind);
    return {};
  },
);
