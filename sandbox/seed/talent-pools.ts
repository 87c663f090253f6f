import type { TalentPoolRecord } from "../store/types";
import { daysBeforeAnchor, type SeedContext } from "./context";
import { POOL_NAMES, TAG_TITLES } from "./vocabulary";

export function seedTalentPools(ctx: SeedContext, companyUserIds: number[]): TalentPoolRecord[] {
  const { random, company, state } = ctx;
  const names = company.talentPools <= POOL_NAMES.length ? POOL_NAMES.slice(0, company.talentPools) : POOL_NAMES;
  const pools = names.map((name, index) => {
    const createdAt = daysBeforeAnchor(420 - index * 45, random);
    return {
      id: ctx.nextId(),
      companyId: company.id,
      name,
      createdById: random.pick(companyUserIds),
      createdAt,
      updatedAt: createdAt,
    };
  });
  state.talentPools.push(...pools);
  return pools;
}

export function seedTags(ctx: SeedContext): number[] {
  return TAG_TITLES.map((title) => {
    const id = ctx.nextId();
    ctx.state.tags.push({ id, companyId: ctx.company.id, title });
    return id;
  });
}
