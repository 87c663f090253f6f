import Database from "better-sqlite3";
import type { Browser, APIRequestContext } from "@playwright/test";
import { SANDBOX_KEYS } from "../sandbox/seed-data";
import { e2eEnv } from "../tests/support/built-app/env";
import { expect, test } from "./support/fixtures";
import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { signIn } from "./support/sign-in";
import { builtRouteHandlers, builtServerActions, type BuiltAction } from "../tests/support/built-app/server-actions";
import { callServerAction } from "./support/server-actions";

/**
 * The tenant-isolation matrix: every server action and route handler (App Router handlers and
 * pages/api routes) in the production build is called directly (no UI) as a signed-out visitor, as a
 * member where an admin is required, and as an admin of another tenant aiming at tenant A's records. Every cell must be refused and tenant A's
 * data must be unchanged. An action or route that is not in these tables fails the suite.
 *
 * A write action's first argument is the workspace its page was rendered for (lib/actions/define-action.ts,
 * StaleTab): the matrix sends the caller's own, as that caller's pages would, so every call meets the
 * tenant gate itself; and it checks that naming tenant A's workspace instead gets nobody into it.
 */

type Targets = {
  a: SeededWorkspace;
  poolId: number;
  poolIds: number[];
  poolName: string;
  candidateId: number;
  candidateEmail: string;
  candidateLastName: string;
  jobPostHash: string;
};

type Row = {
  /** "public": reachable before sign-in (sign-in, sign-up, invite pages); the rest need a tenant. */
  access: "public" | "member" | "admin";
  /** Arguments aimed at tenant A's records (the input; a write's page workspace is put in front of it). */
  args: (t: Targets) => unknown[];
  /** Reads and the workspace switch take no page workspace ("allow"); every other tenant action does. */
  staleTab?: "allow";
  /**
   * For actions that legitimately succeed for any tenant (they work on the caller's own data), a check
   * that the answer holds nothing of tenant A's.
   */
  crossTenantOk?: (text: string, t: Targets) => void;
};

const env = e2eEnv();
const probe = "isolation-probe";

const ACTIONS: Record<string, Row> = {
  "app/(app)/_palette/actions.ts#paletteTargetsAction": {
    access: "member",
    staleTab: "allow",
    args: () => [{}],
    // B reads its own pools and posts; none of A's.
    crossTenantOk: (text, t) => {
      for (const id of t.poolIds) expect(text).not.toMatch(new RegExp(`"id":${id}(?![0-9])`));
      expect(text).not.toContain(t.jobPostHash);
    },
  },
  "app/(app)/_tenancy/actions.ts#switchTenant": { access: "member", staleTab: "allow", args: (t) => [{ tenantId: t.a.tenantId }] },
  "app/(app)/candidates/[id]/actions.ts#addCandidateNoteAction": {
    access: "member",
    args: (t) => [{ candidateId: t.candidateId, text: probe }],
  },
  "app/(app)/candidates/[id]/actions.ts#addCandidateTagAction": {
    access: "member",
    args: (t) => [{ candidateId: t.candidateId, title: probe }],
  },
  "app/(app)/candidates/bulk-actions.ts#bulkTagAction": {
    access: "member",
    args: (t) => [{ candidateId: t.candidateId, title: probe }],
  },
  "app/(app)/candidates/bulk-actions.ts#bulkAddAction": {
    access: "member",
    args: (t) => [{ candidateId: t.candidateId, destination: `talent_pool:${t.poolId}` }],
  },
  "app/(app)/candidates/bulk-actions.ts#bulkFinishedAction": {
    access: "member",
    args: () => [{ kind: "add" }],
    // Drops the caller's own cached lists, nothing else; it reads and answers nothing.
    crossTenantOk: () => {},
  },
  "app/(app)/candidates/new/actions.ts#checkDuplicate": {
    access: "member",
    staleTab: "allow",
    args: (t) => [{ email: t.candidateEmail }],
    crossTenantOk: (text, t) => expect(text).not.toContain(t.candidateLastName),
  },
  "app/(app)/candidates/new/actions.ts#createCandidate": {
    access: "member",
    args: (t) => [
      {
        firstName: "Iso",
        lastName: probe,
        email: `iso-${Date.now()}@example.com`,
        phone: "",
        destination: `talent_pool:${t.poolId}`,
        cv: { documentId: "1", name: "cv.pdf", size: 100 },
      },
    ],
  },
  "app/(app)/candidates/new/actions.ts#listDestinations": {
    access: "member",
    staleTab: "allow",
    args: () => [{ search: "" }],
    crossTenantOk: (text, t) => {
      for (const id of t.poolIds) expect(text).not.toMatch(new RegExp(`talent_pool:${id}(?![0-9])`));
    },
  },
  "app/(app)/candidates/new/actions.ts#addExistingCandidate": {
    access: "member",
    args: (t) => [{ candidateId: t.candidateId, destination: `talent_pool:${t.poolId}` }],
  },
  "app/(app)/job-posts/[hash]/apply/actions.ts#applyToJobPost": {
    access: "member",
    args: (t) => [{ hash: t.jobPostHash, values: { firstName: "Iso", lastName: probe, email: "iso@example.com" } }],
  },
  "app/(app)/search/actions.ts#searchIndexAction": {
    access: "member",
    staleTab: "allow",
    args: (t) => [{ query: t.candidateLastName }],
    // B searches its own index; A's people are never in it.
    crossTenantOk: (text, t) => expect(text).not.toContain(t.candidateEmail),
  },
  "app/(app)/search/actions.ts#refreshIndexFromPoolsAction": {
    access: "member",
    args: () => [{}],
    // B reads its own company's pools into its own index; the answer is counts only.
    crossTenantOk: (text, t) => expect(text).not.toContain(t.candidateEmail),
  },
  "app/(app)/search/actions.ts#clearIndexAction": { access: "admin", args: () => [{}] },
  "app/(app)/talent-pools/actions.ts#createTalentPoolAction": {
    access: "member",
    args: () => [{ name: `${probe} pool` }],
    // Creating a pool is the caller's own business; it must land in the caller's company, not A's.
    crossTenantOk: () => {},
  },
  "app/(app)/talent-pools/actions.ts#renameTalentPoolAction": { access: "member", args: (t) => [{ id: t.poolId, name: probe }] },
  "app/(app)/talent-pools/actions.ts#deleteTalentPoolAction": { access: "admin", args: (t) => [{ id: t.poolId, name: t.poolName, confirmName: t.poolName }] },
  "app/(app)/settings/keys/actions.ts#addApiKey": {
    access: "admin",
    args: () => [{ label: probe, baseUrl: env.sandboxURL, apiKey: SANDBOX_KEYS.initech }],
  },
  "app/(app)/settings/keys/actions.ts#replaceApiKey": {
    access: "admin",
    args: (t) => [{ keyId: t.a.apiKeyId, label: probe, baseUrl: env.sandboxURL, apiKey: SANDBOX_KEYS.initech }],
  },
  "app/(app)/settings/keys/actions.ts#revokeApiKey": { access: "admin", args: (t) => [{ keyId: t.a.apiKeyId }] },
  "app/(app)/settings/keys/actions.ts#verifyApiKey": { access: "admin", args: (t) => [{ keyId: t.a.apiKeyId }] },
  "app/(app)/settings/keys/actions.ts#checkApiKeyConnection": {
    access: "admin",
    staleTab: "allow",
    args: () => [{}],
    // B checks its own key; the report names field paths only, never a record of A's (or anyone's).
    crossTenantOk: (text, t) => {
      expect(text).not.toContain(t.poolName);
      expect(text).not.toContain(t.candidateEmail);
    },
  },
  "app/(app)/settings/team/actions.ts#inviteMember": {
    access: "admin",
    args: () => [{ email: `iso-invite-${Date.now()}@example.com`, role: "admin" }],
  },
  "app/(app)/settings/team/actions.ts#changeRole": { access: "admin", args: (t) => [{ userId: t.a.member.id, role: "admin" }] },
  "app/(app)/settings/team/actions.ts#removeTeamMember": { access: "admin", args: (t) => [{ userId: t.a.member.id }] },
  "app/(app)/settings/team/actions.ts#revokeMemberInvite": { access: "admin", args: (t) => [{ inviteId: t.a.inviteId }] },
  "app/(auth)/sign-in/actions.ts#signInAction": { access: "public", args: () => [] },
  "app/(auth)/sign-up/actions.ts#signUpAction": { access: "public", args: () => [] },
  "app/(auth)/sign-out/actions.ts#signOutAction": { access: "public", args: () => [] },
  "app/(auth)/sign-out/actions.ts#signOutEverywhereAction": { access: "public", args: () => [] },
  // Works on the caller's own account only; a wrong current password is refused for everyone.
  "app/(app)/settings/password/actions.ts#changePasswordAction": {
    access: "member",
    staleTab: "allow",
    args: () => [{ currentPassword: `${probe}-not-the-password`, newPassword: `${probe}-New-password-42` }],
  },
  "app/(auth)/invite/[token]/actions.ts#acceptInviteAction": { access: "public", args: () => [] },
  "app/(auth)/invite/[token]/actions.ts#signUpWithInviteAction": { access: "public", args: () => [] },
};

/** Admin-only actions that a cross-tenant admin may run on their own tenant (they never see A). */
const OWN_TENANT_ADMIN_ACTIONS = new Set([
  "app/(app)/settings/team/actions.ts#inviteMember",
  "app/(app)/settings/keys/actions.ts#addApiKey",
  // Empties the caller's own workspace index; A's stays (the snapshot below counts it).
  "app/(app)/search/actions.ts#clearIndexAction",
]);

const ROUTES: Record<string, { path: (t: Targets) => string; method: "GET" | "POST" }> = {
  "/api/candidates/[id]/cv/route": { path: (t) => `/api/candidates/${t.candidateId}/cv`, method: "GET" },
  "/api/candidates/[id]/photo/route": { path: (t) => `/api/candidates/${t.candidateId}/photo`, method: "GET" },
  // A Pages Router API route (it reads the raw request with backpressure; docs/ARCHITECTURE.md).
  "pages/api/uploads/cv": { path: () => "/api/uploads/cv?name=cv.pdf", method: "POST" },
  "pages/api/uploads/candidate": { path: () => "/api/uploads/candidate?name=cv.pdf", method: "POST" },
  "pages/api/uploads/application": { path: (t) => `/api/uploads/application?hash=${t.jobPostHash}`, method: "POST" },
};
// Routes that answer the same to everyone and read no tenant data: sign-in itself, the health probe,
// and Next's metadata routes (the app icon and the web manifest).
const PUBLIC_ROUTES = new Set([
  "/api/auth/[...nextauth]/route",
  "/api/health/route",
  "/icon.svg/route",
  "/manifest.webmanifest/route",
]);

/** A row's arguments as a page of `pageTenantId` would send them: a write's page workspace first. */
function argsFrom(row: Row, t: Targets, pageTenantId: string): unknown[] {
  return row.access === "public" || row.staleTab === "allow" ? row.args(t) : [pageTenantId, ...row.args(t)];
}

async function sandboxGet<T>(path: string): Promise<T> {
  const response = await fetch(`${env.sandboxURL}${path}`, { headers: { Authorization: `Bearer ${SANDBOX_KEYS.acme}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function loadTargets(a: SeededWorkspace): Promise<Targets> {
  const pools = await sandboxGet<{ id: number; name: string; candidate_count: number }[]>("/api/v1/client/talent-pools/");
  const pool = pools.find((p) => p.candidate_count > 0)!;
  const page = await sandboxGet<{ results: { id: number; email: string; last_name: string }[] }>(
    `/api/v1/client/talent-pools/${pool.id}/candidates/?page_size=1`,
  );
  const candidate = page.results[0]!;
  const posts = await sandboxGet<{ results: { hash: string }[] }>("/api/v1/client/job-posts/?status=published&page_size=1");
  return {
    a,
    poolId: pool.id,
    poolIds: pools.map((p) => p.id),
    poolName: pool.name,
    candidateId: candidate.id,
    candidateEmail: candidate.email,
    candidateLastName: candidate.last_name,
    jobPostHash: posts.results[0]!.hash,
  };
}

/** Tenant A's records, read straight from the database and the sandbox, to prove nothing changed. */
async function snapshotA(t: Targets) {
  const file = env.serverEnv.DATABASE_URL!.replace(/^file:/, "");
  const sqlite = new Database(file, { readonly: true });
  try {
    const keys = sqlite.prepare(`SELECT id, status FROM "ApiKey" WHERE "tenantId" = ? ORDER BY id`).all(t.a.tenantId);
    const members = sqlite.prepare(`SELECT "userId", role FROM "Membership" WHERE "tenantId" = ? ORDER BY "userId"`).all(t.a.tenantId);
    const invites = sqlite.prepare(`SELECT id, "revokedAt", "acceptedAt" FROM "Invite" WHERE "tenantId" = ? ORDER BY id`).all(t.a.tenantId);
    const notes = sqlite.prepare(`SELECT COUNT(*) AS n FROM "CandidateNote" WHERE text = ?`).get(probe);
    const pools = await sandboxGet<{ id: number; name: string }[]>("/api/v1/client/talent-pools/");
    const candidate = await sandboxGet<{ tags: { title: string }[]; first_name: string }>(`/api/v1/client/candidates/${t.candidateId}/`);
    return { keys, members, invites, notes, pools: pools.map((p) => `${p.id}:${p.name}`).sort(), tags: candidate.tags.map((x) => x.title).sort() };
  } finally {
    sqlite.close();
  }
}

async function signedInRequest(browser: Browser, creds: { email: string; password: string }): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL: env.baseURL });
  const page = await context.newPage();
  await signIn(page, creds);
  return { request: context.request, close: () => context.close() };
}

test.describe("tenant isolation matrix @desktop-only", () => {
  let actions: BuiltAction[];
  let targets: Targets;
  let b: SeededWorkspace;

  test.beforeAll(async () => {
    actions = builtServerActions();
    const a = seedWorkspace({ invite: true });
    b = seedWorkspace({ apiKey: SANDBOX_KEYS.globex });
    targets = await loadTargets(a);
  });

  test("every server action and route handler in the build has a row in the matrix", () => {
    const unknownActions = actions.map((a) => a.key).filter((key) => !(key in ACTIONS));
    const unknownRoutes = builtRouteHandlers().filter((r) => !(r in ROUTES) && !PUBLIC_ROUTES.has(r));
    expect(unknownActions, "server actions without an isolation row").toEqual([]);
    expect(unknownRoutes, "route handlers without an isolation row").toEqual([]);
    expect(actions.length).toBeGreaterThan(10);
  });

  test("signed out: every tenant action answers unauthenticated and changes nothing", async ({ playwright }) => {
    const before = await snapshotA(targets);
    const request = await playwright.request.newContext({ baseURL: env.baseURL });
    for (const action of actions) {
      const row = ACTIONS[action.key];
      if (!row || row.access === "public") continue;
      const result = await callServerAction(request, env.baseURL, action, argsFrom(row, targets, targets.a.tenantId));
      expect({ action: action.key, ok: result.ok, code: result.code }).toEqual({ action: action.key, ok: false, code: "unauthenticated" });
    }
    for (const [route, spec] of Object.entries(ROUTES)) {
      const response = await request.fetch(`${env.baseURL}${spec.path(targets)}`, { method: spec.method, data: spec.method === "POST" ? "%PDF-1.4" : undefined, maxRedirects: 0 });
      expect({ route, status: response.status() }).toEqual({ route, status: 401 });
    }
    await request.dispose();
    expect(await snapshotA(targets)).toEqual(before);
  });

  test("a member calling admin actions of their own tenant is refused", async ({ browser }) => {
    const before = await snapshotA(targets);
    const member = await signedInRequest(browser, targets.a.member);
    for (const action of actions) {
      const row = ACTIONS[action.key];
      if (row?.access !== "admin") continue;
      const result = await callServerAction(member.request, env.baseURL, action, argsFrom(row, targets, targets.a.tenantId));
      expect({ action: action.key, ok: result.ok, code: result.code }).toEqual({ action: action.key, ok: false, code: "forbidden" });
    }
    await member.close();
    expect(await snapshotA(targets)).toEqual(before);
  });

  test("an admin of tenant B cannot read or change tenant A's data", async ({ browser }) => {
    const before = await snapshotA(targets);
    const admin = await signedInRequest(browser, b.admin);
    for (const action of actions) {
      const row = ACTIONS[action.key];
      if (!row || row.access === "public") continue;
      // B's own pages name B's workspace: the call meets the tenant gate with everything else aimed at A.
      const result = await callServerAction(admin.request, env.baseURL, action, argsFrom(row, targets, b.tenantId));
      if (row.crossTenantOk) {
        // These succeed on B's own data, which also proves the direct calls really reach the actions.
        expect({ action: action.key, ok: result.ok }).toEqual({ action: action.key, ok: true });
        row.crossTenantOk(result.text, targets);
        continue;
      }
      if (OWN_TENANT_ADMIN_ACTIONS.has(action.key)) continue;
      expect({ action: action.key, ok: result.ok }).toEqual({ action: action.key, ok: false });
    }
    for (const [route, spec] of Object.entries(ROUTES)) {
      if (spec.method !== "GET") continue;
      const response = await admin.request.get(`${env.baseURL}${spec.path(targets)}`, { maxRedirects: 0 });
      expect({ route, status: response.status() }).toEqual({ route, status: 404 });
    }
    await admin.close();
    expect(await snapshotA(targets)).toEqual(before);
  });

  test("naming tenant A's workspace gets an outsider nowhere: every write and upload is refused as a stale page", async ({ browser }) => {
    const before = await snapshotA(targets);
    const admin = await signedInRequest(browser, b.admin);
    for (const action of actions) {
      const row = ACTIONS[action.key];
      if (!row || row.access === "public" || row.staleTab === "allow") continue;
      const result = await callServerAction(admin.request, env.baseURL, action, argsFrom(row, targets, targets.a.tenantId));
      expect({ action: action.key, ok: result.ok, code: result.code }).toEqual({ action: action.key, ok: false, code: "stale_workspace" });
      // The answer names only B's own workspace, never A's.
      expect(result.text).not.toContain(targets.a.tenantName);
    }
    for (const [route, spec] of Object.entries(ROUTES)) {
      if (spec.method !== "POST") continue;
      const response = await admin.request.post(`${env.baseURL}${spec.path(targets)}`, { data: "%PDF-1.4", headers: { "X-Tenant": targets.a.tenantId, "Content-Type": "application/pdf" }, maxRedirects: 0 });
      expect({ route, status: response.status(), code: ((await response.json()) as { code?: string }).code }).toEqual({ route, status: 409, code: "stale_workspace" });
    }
    await admin.close();
    expect(await snapshotA(targets)).toEqual(before);
  });
});
