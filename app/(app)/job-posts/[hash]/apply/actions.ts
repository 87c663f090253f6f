"use server";

import { z } from "zod";
import { defineAction, type ActionContext } from "@/lib/actions/define-action";
import { UserFacingError } from "@/lib/actions/user-facing-error";
import { zodFieldErrors } from "@/lib/actions/zod-errors";
import { recordActorAudit } from "@/lib/audit/record";
import { requestIp } from "@/lib/tenancy/gate";
import { ConflictError, ValidationError } from "@/lib/recruspace/errors";
import { onCandidateAdded } from "@/lib/workspace/cache-invalidation";
import { buildApplySchema, type ApplyValues } from "@/lib/candidates/apply-schema";
import { formFieldErrors, loadApplyQuestions, submitApplication } from "@/lib/candidates/apply";
import type { CandidateApi } from "@/lib/candidates/types";
import { asCandidateApi } from "@/lib/candidates/client-compat";

const hashSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Unknown job post.");

async function api(ctx: ActionContext): Promise<CandidateApi> {
  return asCandidateApi(await ctx.recruspace());
}

export const applyToJobPost = defineAction(
  {
    name: "jobPosts.apply",
    role: "member",
    // The values are checked below against the post's questions as Recruspace has them now.
    input: z.object({ hash: hashSchema, values: z.record(z.string(), z.unknown()) }),
  },
  async (input, ctx) => {
    const client = await api(ctx);
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
    await recordActorAudit(ctx, {
      action: "candidate.applied",
      targetType: "candidate",
      targetId: String(result.candidateId),
      metadata: { jobPost: input.hash, applicationId: result.applicationId, answers: questions.length },
      ip: await requestIp(),
    });
    onCandidateAdded(ctx.tenantId, { jobPostHash: input.hash });
    return result;
  },
);
