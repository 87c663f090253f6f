"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { maxCvBytes } from "@/lib/cv/server-config";
import { JOB_POST_HASH } from "@/lib/candidates/apply-schema";
import { applyCandidate } from "@/lib/candidates/apply";

export const applyToJobPost = defineAction(
  {
    name: "jobPosts.apply",
    role: "member",
    // The values are checked against the post's questions as Recruspace has them now (lib/candidates/apply.ts).
    input: z.object({
      hash: z.string().regex(JOB_POST_HASH, "Unknown job post."),
      values: z.record(z.string(), z.unknown()),
      fromCandidateId: z.number().int().positive().optional(),
    }),
  },
  async (input, ctx) =>
    applyCandidate(ctx, await ctx.recruspace(), {
      hash: input.hash,
      values: input.values,
      fromCandidateId: input.fromCandidateId ?? null,
      limits: { maxFileBytes: maxCvBytes() },
      // An action cannot carry files: the form sends an application with files to /api/uploads/application.
      fileBodies: (declared) => {
        if (declared.length === 0) return [];
        const fields = Object.fromEntries(declared.map(({ question }) => [`answers.${question.name}`, ["Choose the file again."]]));
        throw new UserFacingError("validation", "The files did not come with the application. Please choose them again and resubmit.", fields);
      },
    }),
);
