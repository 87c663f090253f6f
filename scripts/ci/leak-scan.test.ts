import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { e2eEnv } from "../../tests/support/built-app/env";
import { labelledSecrets, masterKeySecrets } from "../../tests/support/built-app/secrets";
import { scanForLeaks, scanTargets, servedSources } from "./leak-scan-core";

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, "..", "..");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A checkout after an e2e run: a server log, a database file and a built chunk, all clean. */
function fakeRun(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "leak-scan-"));
  dirs.push(root);
  const artifacts = path.join(root, "e2e", ".artifacts", "3100");
  fs.mkdirSync(artifacts, { recursive: true });
  fs.mkdirSync(path.join(root, ".next-e2e", "static", "chunks"), { recursive: true });
  fs.writeFileSync(path.join(artifacts, "server.log"), 'vault: 2 master key(s) from RECRUSPACE_MASTER_KEYS; current id "k2"\n');
  fs.writeFileSync(path.join(artifacts, "e2e.db"), Buffer.from([0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x00, 0xff, 0x10]));
  fs.writeFileSync(path.join(root, ".next-e2e", "static", "chunks", "app.js"), "console.log('hello');\n");
  return root;
}

const where = {
  log: (root: string) => path.join(root, "e2e", ".artifacts", "3100", "server.log"),
  db: (root: string) => path.join(root, "e2e", ".artifacts", "3100", "e2e.db"),
  build: (root: string) => path.join(root, ".next-e2e", "static", "chunks", "app.js"),
};

const env = e2eEnv().serverEnv;
const secrets = labelledSecrets();

describe("the secrets the leak scan looks for", () => {
  it("include both e2e master keys as id:base64, base64 and the raw bytes' hex, and AUTH_SECRET", () => {
    const values = secrets.map((s) => s.value);
    for (const entry of env.RECRUSPACE_MASTER_KEYS!.split(",")) {
      const encoded = entry.slice(entry.indexOf(":") + 1);
      expect(values).toContain(entry);
      expect(values).toContain(encoded);
      expect(values).toContain(Buffer.from(encoded, "base64").toString("hex"));
    }
    // Worked out by hand: k1's 32 bytes are the ASCII text "0123456789abcdef" twice.
    expect(values).toContain("3031323334353637383961626364656630313233343536373839616263646566");
    expect(values).toContain(env.AUTH_SECRET);
    expect(secrets.find((s) => s.value === env.AUTH_SECRET)?.label).toBe("AUTH_SECRET");
  });

  it("reads every form of a master key line", () => {
    const key = Buffer.alloc(32, 0xfb);
    const forms = masterKeySecrets(`prod_7:${key.toString("base64")}`).map((s) => s.value);
    expect(forms).toEqual(
      expect.arrayContaining([`prod_7:${key.toString("base64")}`, key.toString("base64"), key.toString("base64url"), key.toString("hex"), key.toString("hex").toUpperCase()]),
    );
  });
});

describe("scanForLeaks", () => {
  it("finds nothing in a clean run", () => {
    expect(scanForLeaks(scanTargets(fakeRun(), ".next-e2e"), secrets)).toEqual({ checks: 3, findings: [] });
  });

  const planted = secrets.filter((s) => s.label.startsWith("master key") || s.label === "AUTH_SECRET");
  it.each(planted.map((s) => [s.label, s] as const))("finds %s planted in a log line, a database page and a built chunk", (label, secret) => {
    const root = fakeRun();
    fs.appendFileSync(where.log(root), `debug: env ${secret.value} done\n`);
    fs.appendFileSync(where.db(root), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(secret.value, "latin1"), Buffer.from([0xfe])]));
    fs.appendFileSync(where.build(root), `var x="${secret.value}";`);
    const { findings } = scanForLeaks(scanTargets(root, ".next-e2e"), secrets);
    for (const file of [where.log(root), where.db(root), where.build(root)]) {
      expect(findings.some((f) => f.includes(label) && f.endsWith(file)), `${label} in ${file}`).toBe(true);
    }
    for (const f of findings) expect(f).not.toContain(secret.value);
  });

  it("names a TypeScript source the build would serve, and nothing in a clean build", () => {
    const root = fakeRun();
    expect(servedSources(root, ".next-e2e")).toEqual([]);
    const media = path.join(root, ".next-e2e", "static", "media");
    fs.mkdirSync(media, { recursive: true });
    fs.writeFileSync(path.join(media, "read-cv.worker.abc123.ts"), "export {};\n");
    fs.writeFileSync(path.join(media, "icon.abc123.svg"), "<svg/>");
    expect(servedSources(root, ".next-e2e")).toEqual([`built app: TypeScript source served from ${path.join(media, "read-cv.worker.abc123.ts")}`]);
  });

  it("the CLI exits 1 and names each leaked secret without printing it", async () => {
    const root = fakeRun();
    const entry = env.RECRUSPACE_MASTER_KEYS!.split(",")[1]!;
    const hex = Buffer.from(entry.slice(entry.indexOf(":") + 1), "base64").toString("hex");
    fs.appendFileSync(where.log(root), `AUTH_SECRET=${env.AUTH_SECRET}\n`);
    fs.appendFileSync(where.build(root), `const k="${hex}";`);
    fs.writeFileSync(path.join(root, ".next-e2e", "static", "chunks", "worker.abc.tsx"), "export {};\n");
    const report = path.join(root, "report.json");
    const result = await run(path.join(repo, "node_modules", ".bin", "tsx"), [path.join(repo, "scripts", "ci", "leak-scan.ts"), "--report", report], {
      cwd: root,
      env: { ...process.env, NEXT_DIST_DIR: ".next-e2e" },
    }).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("LEAK: server logs: AUTH_SECRET in");
    expect(result.stderr).toContain('LEAK: built app: master key "k2" (hex) in');
    expect(result.stderr).toContain("LEAK: built app: TypeScript source served from");
    expect(result.stdout + result.stderr).not.toContain(env.AUTH_SECRET);
    expect(result.stdout + result.stderr).not.toContain(hex);
    expect(JSON.parse(fs.readFileSync(report, "utf8"))).toMatchObject({ passed: 0, failed: 1 });
  }, 30_000);
});
