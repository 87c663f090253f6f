"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { zodFieldErrors } from "@/lib/errors/field-errors";
import { ConflictError, ValidationError } from "@/lib/recruspace/errors";
import { onCandidateAdded } from "@/lib/list-cache/invalidate";
import { buildApplySchema, type ApplyValues } from "@/lib/candidates/apply-schema";
import { formFieldErrors, loadApplyQuestions, submitApplication } from "@/lib/candidates/apply";

const hashSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Unknown job post.");

export const applyToJobPost = defineAction(
  {
    name: "jobPosts.apply",
    role: "member",
    // The values are checked below against the post's questions as Recruspace has them now.
    input: z.object({ hash: hashSchema, values: z.record(z.string(), z.unknown()) }),
  },
  async (input, ctx) => {
    const client = await ctx.recruspace();
    const questions = await loadApplyQuestions(client, input.hash);
    const parsed = buildApplySchema(questions).safeParse(input.values);
    if (!parsed.success) {
      throw new UserFacingError("validation", "Please correct the highlighted fields.", zodFieldErrors(parsed.error));
    }
    let result: { applicationId: number; candidateId: number };
    try {
      result = await submitApplication(client, input.hash, questions, parsed.data as ApplyValues);
    } catch (error) {
      if (error instanceof ValidationError) {
        throw new UserFacingError("validation", "Recruspace refused some answers. Please check the highlighted fields.", formFieldErrors(error));
      }
      if (error instanceof ConflictError) {
        throw new UserFacingError("conflict", "This person has already applied to this job post.");
      }
      throw error;
    }
    await ctx.audit({
      action: "candidate.applied",
      targetType: "candidate",
      targetId: String(result.candidateId),
      metadata: { jobPost: input.hash, applicationId: result.applicationId, answers: questions.length },
    });
    onCandidateAdded(ctx.tenantId, { jobPostHash: input.hash });
    return result;
  },
);
