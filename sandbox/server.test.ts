import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SANDBOX_KEYS } from "./seed-data";
import { startSandbox, type Sandbox } from "./server";

const auth = { Authorization: `Bearer ${SANDBOX_KEYS.acme}` };
const started: Sandbox[] = [];
const start = async (options: Parameters<typeof startSandbox>[0] = {}) => {
  const sandbox = await startSandbox(options);
  started.push(sandbox);
  return sandbox;
};
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

const createPool = (url: string, name: string) =>
  fetch(`${url}/api/v1/client/talent-pools/create/`, { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: JSON.stringify({ name }) });

describe("startSandbox", () => {
  it("answers on the returned loopback URL and close() ends even with a hanging request", async () => {
    const sandbox = await startSandbox({ port: 0 });
    expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
    sandbox.addFault({ method: "GET", path: "/api/v1/client/talent-pools/", kind: "hang" });
    const hanging = fetch(`${sandbox.url}/api/v1/client/talent-pools/`, { headers: auth }).catch((error: Error) => error);
    while (sandbox.requests().total === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const began = Date.now();
    await sandbox.close();
    expect(Date.now() - began).toBeLessThan(2000);
    expect(await hanging).toBeInstanceOf(Error);
  }, 15_000);

  it("persists changes to the file and loads them on the next start; reset restores the seed", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-persist-")), "state.json");
    const first = await startSandbox({ persistFile: file });
    const created = (await (await createPool(first.url, "Persisted pool")).json()) as { id: number };
    await first.close();
    const second = await start({ persistFile: file });
    const pools = (await (await fetch(`${second.url}/api/v1/client/talent-pools/`, { headers: auth })).json()) as { id: number; name: string }[];
    expect(pools.find((p) => p.id === created.id)?.name).toBe("Persisted pool");
    second.reset();
    const afterReset = (await (await fetch(`${second.url}/api/v1/client/talent-pools/`, { headers: auth })).json()) as { id: number }[];
    expect(afterReset.some((p) => p.id === created.id)).toBe(false);
  });

  it("keeps seeded ids stable across restarts without persistence", async () => {
    const a = await start();
    const b = await start();
    const ids = async (s: Sandbox) => ((await (await fetch(`${s.url}/api/v1/client/talent-pools/`, { headers: auth })).json()) as { id: number }[]).map((p) => p.id);
    expect(await ids(a)).toEqual(await ids(b));
  });

  it("adds the global latency to every API request", async () => {
    const sandbox = await start({ latencyMs: 150 });
    const began = Date.now();
    await fetch(`${sandbox.url}/api/v1/client/companies/offices/`, { headers: auth });
    expect(Date.now() - began).toBeGreaterThanOrEqual(140);
  });

  it("offers in-process helpers for keys, request counts and candidate lookups", async () => {
    const sandbox = await start();
    const key = sandbox.addKey("globex");
    expect(key).toMatch(/^rsk_sandbox_globex_/);
    expect((await fetch(`${sandbox.url}/api/v1/client/companies/users/`, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);
    expect(sandbox.revokeKey(key!)).toBe(true);
    expect((await fetch(`${sandbox.url}/api/v1/client/companies/users/`, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(401);
    expect(sandbox.requests().byRoute["GET /api/v1/client/companies/users/"]).toBe(2);
    const someone = sandbox.store.state.candidates.find((c) => c.companyId === 1)!;
    expect(sandbox.findCandidates(SANDBOX_KEYS.acme, someone.email.toUpperCase()).map((c) => c.id)).toEqual([someone.id]);
    expect(sandbox.findCandidates(SANDBOX_KEYS.globex, someone.email)).toEqual([]);
  });

  const externalAddress = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal)?.address;

  it.skipIf(!externalAddress)("serves /__sandbox/ controls to loopback clients only", async () => {
    const sandbox = await start({ host: "0.0.0.0" });
    expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
    const remote = `http://${externalAddress}:${sandbox.port}`;
    expect((await fetch(`${remote}/__sandbox/requests`)).status).toBe(404);
    expect((await fetch(`${remote}/__sandbox/reset`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${remote}/api/v1/client/talent-pools/`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${sandbox.url}/__sandbox/requests`)).status).toBe(200);
  });
});
