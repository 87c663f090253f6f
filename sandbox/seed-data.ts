/**
 * The seeded companies and their API keys. Keys are fixed so the demo, the e2e suite and people
 * trying the app can rely on them; they only ever work against the local sandbox.
 */
export const SANDBOX_KEYS = {
  acme: "rsk_sandbox_acme_7c1f4e2a9b3d48e6a05c2f81d9b7e634",
  globex: "rsk_sandbox_globex_3e8a1d5c7f2b4a90b6d1e4c8a2f5937b",
  initech: "rsk_sandbox_initech_9b2d6f4a1c8e47d3a5f0b7e2c6d9184a",
} as const;

export type SandboxCompanySlug = keyof typeof SANDBOX_KEYS;

/** The demo company ("Acme Robotics"). */
export const SANDBOX_DEMO_KEY = SANDBOX_KEYS.acme;

export interface SeedCompanySpec {
  id: number;
  slug: SandboxCompanySlug;
  name: string;
  emailDomain: string;
  seed: number;
  users: number;
  offices: number;
  jobPosts: number;
  talentPools: number;
  candidates: number;
}

export const SEED_COMPANIES: readonly SeedCompanySpec[] = [
  { id: 1, slug: "acme", name: "Acme Robotics", emailDomain: "acme-robotics.example", seed: 1001, users: 8, offices: 3, jobPosts: 34, talentPools: 7, candidates: 240 },
  { id: 2, slug: "globex", name: "Globex Corporation", emailDomain: "globex.example", seed: 2002, users: 4, offices: 2, jobPosts: 6, talentPools: 3, candidates: 30 },
  { id: 3, slug: "initech", name: "Initech", emailDomain: "initech.example", seed: 3003, users: 3, offices: 1, jobPosts: 4, talentPools: 2, candidates: 18 },
];
