import { SANDBOX_KEYS, SEED_COMPANIES } from "../seed-data";
import type { SandboxState } from "../store/types";
import { seedCandidates } from "./candidates";
import type { SeedContext } from "./context";
import { seedJobPosts } from "./job-posts";
import { seedCompanyUsers, seedOffices } from "./organisation";
import { createRandom } from "./prng";
import { seedTags, seedTalentPools } from "./talent-pools";

/** Builds the initial sandbox state. Deterministic: same ids, names and bytes on every call. */
export function buildSeedState(): SandboxState {
  const state: SandboxState = {
    version: 1,
    nextId: 1001,
    companies: [],
    apiKeys: [],
    documents: [],
    users: [],
    companyUsers: [],
    offices: [],
    jobPosts: [],
    talentPools: [],
    candidates: [],
    tags: [],
    notes: [],
    applications: [],
  };
  for (const company of SEED_COMPANIES) {
    state.companies.push({ id: company.id, slug: company.slug, name: company.name });
    state.apiKeys.push({ key: SANDBOX_KEYS[company.slug], companyId: company.id, revoked: false });
    // Each company draws from its own stream so adding data to one never shifts another.
    const ctx: SeedContext = { state, company, random: createRandom(company.seed), nextId: () => state.nextId++ };
    const companyUserIds = seedCompanyUsers(ctx);
    const officeIds = seedOffices(ctx);
    const posts = seedJobPosts(ctx, companyUserIds, officeIds);
    const pools = seedTalentPools(ctx, companyUserIds);
    const tagIds = seedTags(ctx);
    seedCandidates(ctx, posts, pools, tagIds);
  }
  return state;
}
