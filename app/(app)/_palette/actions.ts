"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { paletteTargets } from "@/lib/list-cache/palette-targets";

/** The command palette's pools and job posts, read when it opens (the cached lists; a read). */
export const paletteTargetsAction = defineAction(
  { name: "palette.targets", role: "member", staleTab: "allow", input: z.object({}) },
  async (_input, ctx) => paletteTargets(ctx.tenantId, () => ctx.recruspace()),
);
