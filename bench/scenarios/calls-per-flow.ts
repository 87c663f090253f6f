import type { SandboxApi } from "../lib/sandbox-api";
import { callAction } from "../../tests/support/built-app/server-actions";
import { getOk } from "../../tests/support/built-app/session";

/**
 * Recruspace calls per user flow, counted at the sandbox (file downloads from presigned links are not
 * calls of the key's budget and are left out), each flow on a record no earlier flow touched so no cache
 * of an earlier one helps it; then how many busy recruiters one key's 100 calls a minute serve.
 */
export type FlowCalls = { flow: string; calls: number; goal: number; routes: Record<string, number> };

export type CallsResult = { flows: FlowCalls[]; recruiters: { mix: string; callsPerMinute: number; recruitersPerKey: number } };

/** A busy recruiter's minute: what "recruiters one key serves" is counted for. */
export const BUSY_MINUTE = { candidateViews: 6, searches: 1, adds: 1, listViews: 2, notes: 1 } as const;
export const KEY_BUDGET_PER_MINUTE = 100;
/** The same minute before issue 15 (measured on the landed app): 3 per view, 4 per search+open, 4 per add, 1 per list view, 2 per note. */
export const CALLS_BEFORE = { candidateView: 3, searchAndOpen: 4, add: 4, listView: 1, note: 2 } as const;

type Options = {
  appURL: string;
  cookie: string;
  tenantId: string;
  sandbox: SandboxApi;
  /** Candidates with a PDF CV and a photo, none viewed through the app yet; at least 3. */
  candidates: { id: number; email: string }[];
  poolId: number;
  actions: { checkDuplicate: string; createCandidate: string; addNote: string; createPool: string };
};

function apiCalls(byRoute: Record<string, number>): { calls: number; routes: Record<string, number> } {
  const routes = Object.fromEntries(Object.entries(byRoute).filter(([route]) => !route.includes(" /files/")));
  return { calls: Object.values(routes).reduce((sum, n) => sum + n, 0), routes };
}

async function counted(sandbox: SandboxApi, flow: () => Promise<unknown>) {
  await sandbox.resetRequests();
  await flow();
  return apiCalls((await sandbox.requests()).byRoute);
}

export async function measureCallsPerFlow(options: Options): Promise<CallsResult> {
  const { appURL, cookie, sandbox, candidates } = options;
  if (candidates.length < 3) throw new Error("calls per flow needs three candidates with a PDF CV and a photo");
  const view = async (id: number) => {
    await getOk(`${appURL}/candidates/${id}`, cookie);
    await getOk(`${appURL}/api/candidates/${id}/cv`, cookie);
    await getOk(`${appURL}/api/candidates/${id}/photo`, cookie);
  };
  const flows: FlowCalls[] = [];
  const add = (flow: string, goal: number, result: { calls: number; routes: Record<string, number> }) => flows.push({ flow, goal, ...result });

  add("candidate page with CV preview and photo", 1, await counted(sandbox, () => view(candidates[0]!.id)));
  add("candidate page again within a minute (same instance)", 0, await counted(sandbox, () => view(candidates[0]!.id)));
  add("search by email, one hit, open the candidate (CV, photo)", 2, await counted(sandbox, async () => {
    // The search page sends the browser on to the one exact hit (a redirect, or in a streamed answer the
    // client-side one): either way the browser loads the candidate page next.
    const search = await fetch(`${appURL}/search?email=${encodeURIComponent(candidates[1]!.email)}`, { headers: { Cookie: cookie }, redirect: "manual" });
    await search.text();
    const location = search.headers.get("location");
    if (search.status >= 300 && search.status < 400 && !location?.includes(`/candidates/${candidates[1]!.id}`)) throw new Error(`search redirected to ${location}`);
    await getOk(`${appURL}/candidates/${candidates[1]!.id}`, cookie);
    await getOk(`${appURL}/api/candidates/${candidates[1]!.id}/cv`, cookie);
    await getOk(`${appURL}/api/candidates/${candidates[1]!.id}/photo`, cookie);
  }));
  add("search by email, no hit", 1, await counted(sandbox, () => getOk(`${appURL}/search?email=${encodeURIComponent(`nobody-${Date.now()}@bench.example`)}`, cookie)));
  add("add a candidate with a CV to a pool (email check, upload, add)", 3, await counted(sandbox, () => addCandidate(options, "checked")));
  add("… the same when the form's check had not finished", 3, await counted(sandbox, () => addCandidate(options, "unchecked")));
  await view(candidates[2]!.id);
  add("add a note on the candidate just viewed", 1, await counted(sandbox, () =>
    callAction(`${appURL}/candidates/${candidates[2]!.id}`, options.actions.addNote, cookie, [options.tenantId, { candidateId: candidates[2]!.id, text: `Bench note ${Date.now()}` }]),
  ));
  add("talent pools list, first view", 1, await counted(sandbox, () => getOk(`${appURL}/talent-pools`, cookie)));
  add("talent pools list, repeat within 30 s", 0, await counted(sandbox, () => getOk(`${appURL}/talent-pools`, cookie)));
  add("create a pool from the pools page", 1, await counted(sandbox, () =>
    callAction(`${appURL}/talent-pools`, options.actions.createPool, cookie, [options.tenantId, { name: `Bench pool ${Date.now()}` }]),
  ));
  add("the pools list right after the create (patched with the new pool)", 0, await counted(sandbox, () => getOk(`${appURL}/talent-pools`, cookie)));

  const calls = (flow: string) => flows.find((f) => f.flow.startsWith(flow))!.calls;
  const perMinute =
    BUSY_MINUTE.candidateViews * calls("candidate page with") +
    BUSY_MINUTE.searches * calls("search by email, one hit") +
    BUSY_MINUTE.adds * calls("add a candidate with a CV") +
    BUSY_MINUTE.listViews * calls("talent pools list, first view") +
    BUSY_MINUTE.notes * calls("add a note");
  return {
    flows,
    recruiters: {
      mix: `${BUSY_MINUTE.candidateViews} candidate views, ${BUSY_MINUTE.searches} search + open, ${BUSY_MINUTE.adds} add with CV, ${BUSY_MINUTE.listViews} list views (first view each), ${BUSY_MINUTE.notes} note a minute`,
      callsPerMinute: perMinute,
      recruitersPerKey: Math.floor(KEY_BUDGET_PER_MINUTE / perMinute),
    },
  };
}

/** The add form's calls: its duplicate check (or none, when it had not finished), the CV upload, the add. */
async function addCandidate(options: Options, check: "checked" | "unchecked"): Promise<void> {
  const { appURL, cookie, tenantId, actions } = options;
  const email = `bench-${check}-${Date.now()}@bench.example`;
  let knownMatchIds: number[] | null = null;
  if (check === "checked") {
    await callAction(`${appURL}/candidates/new`, actions.checkDuplicate, cookie, [{ email }]);
    knownMatchIds = [];
  } else {
    // The check ran but its answer had not reached the form when it was sent.
    await callAction(`${appURL}/candidates/new`, actions.checkDuplicate, cookie, [{ email }]);
  }
  const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const upload = await fetch(`${appURL}/api/uploads/cv`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/pdf", "X-File-Name": "bench-cv.pdf", "X-Tenant": tenantId },
    body: pdf,
  });
  const uploaded = (await upload.json()) as { documentId: string; name: string; size: number };
  if (upload.status !== 201) throw new Error(`CV upload → HTTP ${upload.status}`);
  await callAction(`${appURL}/candidates/new`, actions.createCandidate, cookie, [
    tenantId,
    { firstName: "Bench", lastName: "Candidate", email, phone: "", destination: `talent_pool:${options.poolId}`, cv: uploaded, knownMatchIds },
  ]);
}
