import { buildSeedState } from "../seed/build";
import type { CandidateRecord, CompanyRecord, DocumentRecord, JobPostRecord, SandboxState, TalentPoolRecord } from "./types";

/**
 * Holds the state and the few lookups every route needs. All lookups are scoped to a company:
 * another company's ids are simply not found (the API answers 404, never 403).
 */
export class SandboxStore {
  state: SandboxState;

  constructor(
    initial: SandboxState | null,
    private readonly onChange: () => void = () => {},
    readonly now: () => number = Date.now,
  ) {
    this.state = initial ?? buildSeedState();
  }

  reset(): void {
    this.state = buildSeedState();
    this.onChange();
  }

  changed(): void {
    this.onChange();
  }

  nextId(): number {
    return this.state.nextId++;
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  companyForKey(key: string): CompanyRecord | null {
    const record = this.state.apiKeys.find((k) => k.key === key && !k.revoked);
    return record ? (this.state.companies.find((c) => c.id === record.companyId) ?? null) : null;
  }

  candidate(companyId: number, id: number): CandidateRecord | undefined {
    return this.state.candidates.find((c) => c.id === id && c.companyId === companyId);
  }

  jobPost(companyId: number, hash: string): JobPostRecord | undefined {
    return this.state.jobPosts.find((p) => p.hash === hash && p.companyId === companyId);
  }

  talentPool(companyId: number, id: number): TalentPoolRecord | undefined {
    return this.state.talentPools.find((p) => p.id === id && p.companyId === companyId);
  }

  document(companyId: number, id: number): DocumentRecord | undefined {
    return this.state.documents.find((d) => d.id === id && d.companyId === companyId);
  }

  documentById(id: number): DocumentRecord | undefined {
    return this.state.documents.find((d) => d.id === id);
  }
}
