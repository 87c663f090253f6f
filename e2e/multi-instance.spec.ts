import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { test, expect } from "./support/fixtures";
import { e2eEnv } from "../tests/support/built-app/env";
import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { signIn } from "./support/sign-in";
import { loopbackAddress, randomPublicIp, signInFrom } from "../tests/support/built-app/sign-in-from";
import { startSandbox, type Sandbox } from "../sandbox/server";

/**
 * Two `next start` processes on one PostgreSQL database (as behind a load balancer): a session made on
 * one is honoured by the other (same AUTH_SECRET), a key replaced through one is the key the other
 * uses on its very next Recruspace call, a pool created through one is listed by the other at once (the
 * cache invalidation travels by PostgreSQL NOTIFY), a candidate's answer fetched by one serves the other's
 * file routes, sign-in limits count once for both, and a session revoked
 * through one is refused by the other. Needs TEST_DATABASE_URL (its schema is wiped) and a build in
 * NEXT_DIST_DIR. Run: TEST_DATABASE_URL=postgresql://… NEXT_DIST_DIR=.next-e2e npx playwright test e2e/multi-instance.spec.ts --project=desktop
 */
const databaseUrl = process.env.TEST_DATABASE_URL;
const env = e2eEnv();
const root = path.resolve(import.meta.dirname, "..");
const portA = Number(process.env.MULTI_PORT_A || env.port + 5);
const portB = Number(process.env.MULTI_PORT_B || env.port + 6);
const urlA = `http://localhost:${portA}`;
const urlB = `http://localhost:${portB}`;

test.describe.configure({ mode: "serial" });
test.skip(!databaseUrl, "TEST_DATABASE_URL is not set: the multi-instance check needs PostgreSQL (scripts/ci/start-postgres.sh prints a URL).");
test.skip(({ isMobile }) => isMobile, "one viewport is enough: this checks servers, not layout");

let sandbox: Sandbox;
const servers: ChildProcess[] = [];
let workspace: SeededWorkspace;
let firstKey: string;

async function resetSchema(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
  } finally {
    await client.end();
  }
}

function serverEnv(port: number): NodeJS.ProcessEnv {
  return {
    ...(process.env as Record<string, string>),
    ...env.serverEnv,
    DATABASE_URL: databaseUrl!,
    PORT: String(port),
    AUTH_URL: `http://localhost:${port}`,
    RECRUSPACE_ALLOWED_BASE_URLS: sandbox.url,
  } as unknown as NodeJS.ProcessEnv;
}

async function startInstance(port: number): Promise<void> {
  fs.mkdirSync(env.artifacts, { recursive: true });
  const log = fs.openSync(path.join(env.artifacts, `multi-instance-${port}.log`), "w");
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: root,
    env: serverEnv(port),
    stdio: ["ignore", log, log],
    detached: true,
  });
  servers.push(child);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited with ${child.exitCode}; see ${env.artifacts}`);
    const up = await fetch(`http://localhost:${port}/api/health`).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`next start on ${port} did not answer within 60 s`);
}

function acmeCandidate(): { id: number; name: string } {
  const candidate = sandbox.store.state.candidates.find((c) => c.companyId === 1)!;
  return { id: candidate.id, name: `${candidate.firstName} ${candidate.lastName}` };
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await resetSchema(databaseUrl!);
  sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 100_000 });
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/migrate.ts"], { cwd: root, env: serverEnv(portA), stdio: ["ignore", "ignore", "inherit"] });
  firstKey = sandbox.addKey("acme")!;
  workspace = seedWorkspace({ apiKey: firstKey, sandboxURL: sandbox.url, serverEnv: serverEnv(portA) });
  await Promise.all([startInstance(portA), startInstance(portB)]);
});

test.afterAll(async () => {
  for (const child of servers) {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  }
  await sandbox?.close();
});

test("a session made on one instance works on the other", async ({ page }) => {
  await signIn(page, workspace.admin, undefined, urlA);

  // Cookies are per host, not per port: the browser presents instance A's session to instance B.
  await page.goto(`${urlB}/talent-pools`);
  await expect(page).toHaveURL(`${urlB}/talent-pools`);
  await expect(page.getByRole("heading", { level: 1, name: /talent pools/i })).toBeVisible();

  // And a request carrying only the cookie (no browser state) is accepted by B as well.
  const cookies = await page.context().cookies(urlA);
  const header = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const direct = await fetch(`${urlB}/talent-pools`, { headers: { Cookie: header }, redirect: "manual" });
  expect(direct.status).toBe(200);
});

test("a key replaced on one instance is used by the other on its next call", async ({ page }) => {
  test.setTimeout(90_000);
  const candidate = acmeCandidate();
  await signIn(page, workspace.admin, undefined, urlA);

  // B has used the first key (its process has a client for it).
  await page.goto(`${urlB}/candidates/${candidate.id}`);
  await expect(page.getByRole("heading", { level: 1, name: candidate.name })).toBeVisible();

  // Replace the key through A's settings page.
  const secondKey = sandbox.addKey("acme")!;
  await page.goto(`${urlA}/settings/keys`);
  await page.getByRole("button", { name: "Replace" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Replace key ••••${firstKey.slice(-4)}?` });
  await dialog.getByLabel("Label").fill("Rotated");
  await dialog.getByLabel("API key").fill(secondKey);
  await dialog.getByRole("button", { name: "Verify and replace" }).click();
  await expect(page.getByTestId("active-key-masked")).toHaveText(`••••${secondKey.slice(-4)}`);

  // From now on the old key is dead in Recruspace: if B still used it, its next call would be refused.
  sandbox.revokeKey(firstKey);
  await page.goto(`${urlB}/candidates/${candidate.id}`);
  await expect(page.getByRole("heading", { level: 1, name: candidate.name })).toBeVisible();
  await expect(page.getByText(/rejected this workspace's API key/)).toHaveCount(0);
});

test("a pool created on one instance is listed by the other within a second, from a warm cache, without a call", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, workspace.admin, undefined, urlA);
  const cookies = await page.context().cookies(urlA);
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const listOnB = async () => (await fetch(`${urlB}/talent-pools`, { headers: { Cookie: cookie } })).text();
  const poolCalls = () => sandbox.requests().byRoute["GET /api/v1/client/talent-pools/"] ?? 0;

  // B's cache is warm: a repeat view makes no call, so only an invalidation can make B show the new pool.
  await listOnB();
  const warm = poolCalls();
  await listOnB();
  expect(poolCalls()).toBe(warm);

  const name = `Across instances ${Date.now()}`;
  await page.goto(`${urlA}/talent-pools`);
  await page.getByRole("button", { name: "New pool" }).first().click();
  const createDialog = page.getByRole("dialog", { name: "New talent pool" });
  await createDialog.getByLabel("Pool name").fill(name);
  await createDialog.getByRole("button", { name: "Create pool" }).click();
  await expect(createDialog).toBeHidden();
  const created = Date.now();
  let listed = false;
  while (!listed && Date.now() - created < 1_000) listed = (await listOnB()).includes(name);
  expect(listed, "the pool is listed on B within 1 s of being created on A").toBe(true);
  expect(poolCalls(), "neither instance listed the pools again: the create patched the shared list").toBe(warm);
});

test("a candidate page on one instance, its CV and photo from the other: one call of the key's budget together", async ({ page }) => {
  await signIn(page, workspace.member, undefined, urlA);
  const cookie = (await page.context().cookies(urlA)).map((c) => `${c.name}=${c.value}`).join("; ");
  const candidate = sandbox.store.state.candidates.filter((c) => c.companyId === 1 && c.cvId && c.photoId).at(-1)!;
  const calls = () => sandbox.requests().byRoute[`GET /api/v1/client/candidates/${candidate.id}/`] ?? 0;
  const before = calls();
  const shown = await fetch(`${urlA}/candidates/${candidate.id}`, { headers: { Cookie: cookie } });
  expect(shown.status).toBe(200);
  expect(await shown.text()).toContain(candidate.email);
  // A's answer is shared once the page is served; as behind a load balancer, the files go to B.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const file of ["cv", "photo"]) {
    const answer = await fetch(`${urlB}/api/candidates/${candidate.id}/${file}`, { headers: { Cookie: cookie } });
    expect(answer.status, file).toBe(200);
    expect((await answer.arrayBuffer()).byteLength, file).toBeGreaterThan(0);
  }
  expect(calls(), "B served the files from A's shared answer").toBe(before + 1);
});

test("sign-in limits are one count for every instance (rate-limiter-flexible's PostgreSQL store)", async () => {
  const from = loopbackAddress();
  const wrong = (i: number) => `Wrong-password-${i}-multi`;
  // 40 wrong passwords at once, alternating between the instances, each with a made-up X-Forwarded-For.
  const results = await Promise.all(
    Array.from({ length: 40 }, (_, i) => signInFrom(i % 2 ? urlB : urlA, from, { email: workspace.member.email, password: wrong(i) }, { "X-Forwarded-For": randomPublicIp() })),
  );
  expect(results.filter((r) => r.session !== null)).toEqual([]);
  expect(results.filter((r) => r.code === "invalid").length).toBeLessThanOrEqual(5);
  // Locked out on both instances from that address, right password or not; not from another address.
  expect((await signInFrom(urlA, from, workspace.member)).session).toBeNull();
  expect((await signInFrom(urlB, from, workspace.member)).session).toBeNull();
  expect((await signInFrom(urlB, loopbackAddress(), workspace.member)).session).not.toBeNull();
});

test("signing out everywhere on one instance ends the session on the other", async ({ page }) => {
  await signIn(page, workspace.admin, undefined, urlA);
  const cookies = await page.context().cookies(urlA);
  const copied = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  expect((await fetch(`${urlB}/talent-pools`, { headers: { Cookie: copied }, redirect: "manual" })).status).toBe(200);

  await page.goto(`${urlA}/talent-pools`);
  await page.getByRole("button", { name: /^Account menu for/ }).click();
  await page.getByRole("menuitem", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=everywhere/);

  expect((await fetch(`${urlB}/talent-pools`, { headers: { Cookie: copied }, redirect: "manual" })).status).toBe(307);
  const session = await fetch(`${urlB}/api/auth/session`, { headers: { Cookie: copied } });
  expect(await session.json()).toBeNull();
  expect(session.headers.getSetCookie().some((line) => /session-token=[^;]+/.test(line))).toBe(false);
});
