"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { addCandidateNote, MAX_NOTE_LENGTH } from "@/lib/candidates/notes";
import { addCandidateTag } from "@/lib/candidates/tags";
import { tagTitleSchema } from "@/lib/candidates/schemas";

const candidateId = z.number().int().positive();

export const addCandidateNoteAction = defineAction(
  {
    name: "candidates.addNote",
    role: "member",
    input: z.object({
      candidateId,
      text: z.string().trim().min(1, "Write the note first.").max(MAX_NOTE_LENGTH, `Keep notes under ${MAX_NOTE_LENGTH} characters.`),
    }),
  },
  async (input, ctx) => addCandidateNote(db(), await ctx.recruspace(), ctx, input),
);

export const addCandidateTagAction = defineAction(
  {
    name: "candidates.addTag",
    role: "member",
    input: z.object({
      candidateId,
      title: tagTitleSchema,
    }),
  },
  async (input, ctx) => addCandidateTag(await ctx.recruspace(), ctx, input),
);
