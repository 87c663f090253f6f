import type { RequestContext } from "../http/context";
import { readJsonObject } from "../http/json-body";
import { paginate } from "../http/pagination";
import { badRequest, fail, json, noContent, notFound } from "../http/response";
import type { Route } from "../http/router";
import { FieldValidator } from "../http/validate";
import type { TalentPoolRecord } from "../store/types";
import { intParam, serializerFor } from "./shared";

const NAME_MAX = 255;

function poolOr404(ctx: RequestContext): TalentPoolRecord {
  return ctx.store.talentPool(ctx.company.id, intParam(ctx, "talent_pool_id")) ?? fail(notFound());
}

/** The acting company user for records the API creates (the key has no user; the owner stands in). */
export function actingCompanyUserId(ctx: RequestContext): number {
  const members = ctx.store.state.companyUsers.filter((m) => m.companyId === ctx.company.id);
  return (members.find((m) => m.role === "owner") ?? members[0])?.id ?? 0;
}

export const talentPoolRoutes: Route[] = [
  {
    pattern: "/api/v1/client/talent-pools/",
    handlers: {
      GET: (ctx) => {
        const s = serializerFor(ctx);
        return json(200, ctx.store.state.talentPools.filter((p) => p.companyId === ctx.company.id).map(s.talentPool));
      },
    },
  },
  {
    pattern: "/api/v1/client/talent-pools/create/",
    handlers: {
      POST: async (ctx) => {
        const v = new FieldValidator(await readJsonObject(ctx));
        const name = v.string("name", { required: true, max: NAME_MAX });
        if (!v.ok || name === undefined) fail(badRequest(v.errors));
        const now = ctx.store.nowIso();
        const pool: TalentPoolRecord = {
          id: ctx.store.nextId(),
          companyId: ctx.company.id,
          name,
          createdById: actingCompanyUserId(ctx),
          createdAt: now,
          updatedAt: now,
        };
        ctx.store.state.talentPools.push(pool);
        ctx.store.changed();
        return json(201, serializerFor(ctx).talentPool(pool));
      },
    },
  },
  {
    pattern: "/api/v1/client/talent-pools/:talent_pool_id/",
    handlers: {
      PATCH: async (ctx) => {
        const pool = poolOr404(ctx);
        const v = new FieldValidator(await readJsonObject(ctx));
        const name = v.string("name", { required: false, max: NAME_MAX });
        if (!v.ok) fail(badRequest(v.errors));
        if (name !== undefined) {
          pool.name = name;
          pool.updatedAt = ctx.store.nowIso();
          ctx.store.changed();
        }
        return json(200, serializerFor(ctx).talentPool(pool));
      },
      DELETE: (ctx) => {
        const pool = poolOr404(ctx);
        const { state } = ctx.store;
        for (const candidate of state.candidates) {
          if (!candidate.talentPoolIds.includes(pool.id)) continue;
          candidate.talentPoolIds = candidate.talentPoolIds.filter((id) => id !== pool.id);
          delete candidate.poolAddedAt[String(pool.id)];
        }
        state.talentPools = state.talentPools.filter((p) => p !== pool);
        ctx.store.changed();
        return noContent();
      },
    },
  },
  {
    pattern: "/api/v1/client/talent-pools/:talent_pool_id/candidates/",
    handlers: {
      GET: (ctx) => {
        const pool = poolOr404(ctx);
        const key = String(pool.id);
        const members = ctx.store.state.candidates
          .filter((c) => c.talentPoolIds.includes(pool.id))
          .sort((a, b) => (b.poolAddedAt[key] ?? "").localeCompare(a.poolAddedAt[key] ?? "") || b.id - a.id);
        const page = paginate(members, ctx.url);
        const s = serializerFor(ctx);
        return json(200, { ...page, results: page.results.map((c) => s.candidateSummary(c, pool.id)) });
      },
    },
  },
];
