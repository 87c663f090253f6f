import "server-only";
import { describeFailure } from "@/lib/errors/describe";
import { createRecruspaceClient, type RecruspaceClient, type RecruspaceEvent } from "@/lib/recruspace/client";
import type { DriftEvent } from "@/lib/recruspace/http";
import type { KeyBudget } from "@/lib/recruspace/rate-limiter";

/**
 * The connection check: a read-only tour of a Recruspace account with one key (about nine calls,
 * inside the key's rate budget), comparing every answer with the contract field by field. It reports
 * per endpoint the status, the time, and the fields that were missing, of another kind, null, or extra
 * — by path only, never a value — so a team can show us what their account answers.
 */
export type FieldFinding = Pick<DriftEvent, "path" | "issue" | "origin" | "observed">;

export type EndpointReport = {
  operation: string;
  label: string;
  outcome: "ok" | "failed" | "skipped";
  status: number | null;
  ms: number | null;
  /** For a failed call: what went wrong, in the words users see. */
  problem?: string;
  /** For a skipped call: why (e.g. "no talent pool to look into"). */
  reason?: string;
  fields: FieldFinding[];
};

export type ConnectionReport = { startedAt: string; calls: number; endpoints: EndpointReport[] };

export type ConnectionCheckOptions = {
  baseUrl: string;
  apiKey: string;
  /** The key's limiter id, so the tour spends the same budget as the team's requests. */
  limiterKey?: string;
  timeoutMs?: number;
  rateLimitPerMinute?: number;
  /** The key's shared budget (lib/tenancy/key-budget.ts); the tour spends it as background work, behind people. */
  budget?: KeyBudget;
  now?: () => Date;
};

type Step = { operation: string; label: string; run: (client: RecruspaceClient) => Promise<void> };

export async function runConnectionCheck(options: ConnectionCheckOptions): Promise<ConnectionReport> {
  const startedAt = (options.now?.() ?? new Date()).toISOString();
  const findings = new Map<string, Map<string, FieldFinding>>();
  const requests = new Map<string, { status: number | null; ms: number }>();
  let calls = 0;
  const client = createRecruspaceClient({
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    limiterKey: options.limiterKey,
    timeoutMs: options.timeoutMs,
    rateLimitPerMinute: options.rateLimitPerMinute,
    budget: options.budget,
    priority: "background",
    // A check should say what the account answers, not wait out retries.
    maxGetRetries: 0,
    onEvent: (event: RecruspaceEvent) => {
      if (event.type !== "request") return;
      calls += 1;
      requests.set(event.operation, { status: event.status, ms: event.ms });
    },
    onDrift: (event: DriftEvent) => {
      const seen = findings.get(event.operation) ?? new Map<string, FieldFinding>();
      findings.set(event.operation, seen);
      seen.set(`${event.path}|${event.issue}|${event.observed}`, { path: event.path, issue: event.issue, origin: event.origin, observed: event.observed });
    },
  });

  // What later steps need from earlier answers (only ids and hashes).
  const found: { jobPostHash?: string; poolId?: number; candidateId?: number; candidateEmail?: string } = {};
  const steps: Step[] = [
    { operation: "listCompanyOffices", label: "Company offices", run: async (api) => void (await api.listCompanyOffices()) },
    { operation: "listCompanyUsers", label: "Company users", run: async (api) => void (await api.listCompanyUsers()) },
    {
      operation: "listJobPosts",
      label: "Job posts, page 1",
      run: async (api) => {
        const page = await api.listJobPosts({ page: 1, page_size: 5 });
        found.jobPostHash = page.results[0]?.hash;
        const example = page.results.flatMap((post) => post.example_candidates ?? [])[0];
        if (example) Object.assign(found, { candidateId: example.id, candidateEmail: example.email });
      },
    },
    { operation: "getJobPost", label: "One job post", run: async (api) => void (await api.getJobPost(need(found.jobPostHash, "no job post to open"))) },
    {
      operation: "listJobPostQuestions",
      label: "Its application questions",
      run: async (api) => void (await api.listJobPostQuestions(need(found.jobPostHash, "no job post to open"))),
    },
    {
      operation: "listTalentPools",
      label: "Talent pools",
      run: async (api) => {
        found.poolId = (await api.listTalentPools()).items[0]?.id;
      },
    },
    {
      operation: "listTalentPoolCandidates",
      label: "The first pool's candidates, page 1",
      run: async (api) => {
        const first = (await api.listTalentPoolCandidates(need(found.poolId, "no talent pool to look into"), { page: 1, page_size: 5 })).results[0];
        if (first) Object.assign(found, { candidateId: first.id, candidateEmail: first.email });
      },
    },
    { operation: "getCandidate", label: "One candidate", run: async (api) => void (await api.getCandidate(need(found.candidateId, "no candidate to open"))) },
    {
      operation: "searchCandidatesByEmail",
      label: "Search by that candidate's email",
      run: async (api) => void (await api.searchCandidatesByEmail(need(found.candidateEmail, "no candidate email to search"))),
    },
  ];

  const endpoints: EndpointReport[] = [];
  for (const step of steps) {
    const base = { operation: step.operation, label: step.label };
    try {
      await step.run(client);
      endpoints.push({ ...base, outcome: "ok", ...timing(requests.get(step.operation)), fields: listed(findings.get(step.operation)) });
    } catch (error) {
      if (error instanceof SkipStep) {
        endpoints.push({ ...base, outcome: "skipped", status: null, ms: null, reason: error.message, fields: [] });
        continue;
      }
      const failure = describeFailure(error, { surface: "route" });
      endpoints.push({ ...base, outcome: "failed", ...timing(requests.get(step.operation)), problem: failure.message, fields: listed(findings.get(step.operation)) });
      // A refused key or an exhausted budget fails every later step too: stop spending calls.
      if (failure.code === "upstream_unauthorized" || failure.code === "rate_limited") break;
    }
  }
  return { startedAt, calls, endpoints };
}

class SkipStep extends Error {}

function need<T>(value: T | undefined, reason: string): T {
  if (value === undefined) throw new SkipStep(reason);
  return value;
}

function timing(request: { status: number | null; ms: number } | undefined) {
  return { status: request?.status ?? null, ms: request?.ms ?? null };
}

function listed(found: Map<string, FieldFinding> | undefined): FieldFinding[] {
  return [...(found?.values() ?? [])].sort((a, b) => a.path.localeCompare(b.path) || a.issue.localeCompare(b.issue));
}
