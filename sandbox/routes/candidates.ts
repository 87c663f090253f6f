import type { RequestContext } from "../http/context";
import { readJsonObject } from "../http/json-body";
import { badRequest, conflict, fail, json, notFound, REQUIRED } from "../http/response";
import type { Route } from "../http/router";
import { FieldValidator } from "../http/validate";
import type { CandidateRecord } from "../store/types";
import { intParam, serializerFor } from "./shared";

const NOTE_MAX = 10_000;
const TAG_MAX = 100;

function candidateOr404(ctx: RequestContext, id: number): CandidateRecord {
  return ctx.store.candidate(ctx.company.id, id) ?? fail(notFound());
}

/** Get Candidate, Search by Email, Add Note, Add Tag. */
export const candidateRoutes: Route[] = [
  {
    pattern: "/api/v1/client/candidates/search-by-email/",
    handlers: {
      GET: (ctx) => {
        const query = (ctx.url.searchParams.get("email") ?? "").trim().toLowerCase();
        if (!query) fail(badRequest({ email: [REQUIRED] }));
        const matches = ctx.store.state.candidates
          .filter((c) => c.companyId === ctx.company.id && c.email.toLowerCase().includes(query))
          .sort((a, b) => a.id - b.id)
          .map((c) => ({ id: c.id, email: c.email }));
        return json(200, matches);
      },
    },
  },
  {
    pattern: "/api/v1/client/candidates/add-note/",
    handlers: {
      POST: async (ctx) => {
        const v = new FieldValidator(await readJsonObject(ctx));
        const candidateId = v.integer("candidate_id", { required: true });
        const text = v.string("text", { required: true, max: NOTE_MAX });
        if (!v.ok || candidateId === undefined || text === undefined) fail(badRequest(v.errors));
        const candidate = candidateOr404(ctx, candidateId);
        const now = ctx.store.nowIso();
        const note = { id: ctx.store.nextId(), candidateId: candidate.id, text, createdAt: now, updatedAt: now };
        ctx.store.state.notes.push(note);
        ctx.store.changed();
        return json(201, serializerFor(ctx).note(note));
      },
    },
  },
  {
    pattern: "/api/v1/client/candidates/add-tag/",
    handlers: {
      POST: async (ctx) => {
        const v = new FieldValidator(await readJsonObject(ctx));
        const candidateId = v.integer("candidate_id", { required: true });
        const title = v.string("title", { required: true, max: TAG_MAX });
        if (!v.ok || candidateId === undefined || title === undefined) fail(badRequest(v.errors));
        const candidate = candidateOr404(ctx, candidateId);
        const { state } = ctx.store;
        const wanted = title.toLowerCase();
        const onCandidate = candidate.tagIds.some((id) => state.tags.find((t) => t.id === id)?.title.toLowerCase() === wanted);
        if (onCandidate) fail(conflict("This tag already exists on the candidate."));
        // Tags are a company-wide catalogue: the same title reuses the same tag.
        let tag = state.tags.find((t) => t.companyId === ctx.company.id && t.title.toLowerCase() === wanted);
        if (!tag) {
          tag = { id: ctx.store.nextId(), companyId: ctx.company.id, title };
          state.tags.push(tag);
        }
        candidate.tagIds.push(tag.id);
        candidate.updatedAt = ctx.store.nowIso();
        ctx.store.changed();
        return json(201, serializerFor(ctx).tag(tag));
      },
    },
  },
  {
    pattern: "/api/v1/client/candidates/:candidate_id/",
    handlers: {
      GET: (ctx) => json(200, serializerFor(ctx).candidateDetail(candidateOr404(ctx, intParam(ctx, "candidate_id")))),
    },
  },
];
