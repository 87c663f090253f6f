import crypto from "node:crypto";
import type { SandboxStore } from "./store";

/** Test-control operations on the state: API keys and the candidate lookup used to assert "no duplicates". */
export function addKey(store: SandboxStore, companySlug: string): string | null {
  const company = store.state.companies.find((c) => c.slug === companySlug);
  if (!company) return null;
  const key = `rsk_sandbox_${company.slug}_${crypto.randomBytes(16).toString("hex")}`;
  store.state.apiKeys.push({ key, companyId: company.id, revoked: false });
  store.changed();
  return key;
}

export function revokeKey(store: SandboxStore, key: string): boolean {
  const record = store.state.apiKeys.find((k) => k.key === key);
  if (!record) return false;
  record.revoked = true;
  store.changed();
  return true;
}

/** Candidates of the key's company whose email equals `email` (case-insensitive), in a compact shape. */
export function findCandidates(store: SandboxStore, key: string, email: string) {
  const record = store.state.apiKeys.find((k) => k.key === key);
  if (!record) return null;
  const wanted = email.trim().toLowerCase();
  return store.state.candidates
    .filter((c) => c.companyId === record.companyId && c.email.toLowerCase() === wanted)
    .map((c) => ({ id: c.id, email: c.email, first_name: c.firstName, last_name: c.lastName, talent_pool_ids: [...c.talentPoolIds], job_post: c.jobPostHash }));
}
