import Database from "better-sqlite3";
import { PDF_BYTES } from "../tests/support/files/documents";
import { e2eEnv } from "../tests/support/built-app/env";
import { seedWorkspace } from "../tests/support/built-app/seed";
import { builtServerActions } from "../tests/support/built-app/server-actions";
import { expect, test } from "./support/fixtures";
import { callServerAction } from "./support/server-actions";
import { signIn } from "./support/sign-in";

/**
 * A stored key the server cannot use (it no longer decrypts, or its base URL was taken off the
 * allowlist) is the admin's to fix. A page, a server action and the CV upload route must all say so
 * in the same words, instead of one of them falling to a generic error.
 */
const env = e2eEnv();
const databaseFile = env.serverEnv.DATABASE_URL!.replace(/^file:/, "");

const BREAKAGES = [
  {
    name: "a key that no longer decrypts",
    message: "This workspace's stored Recruspace key could not be unlocked on this server. Ask an admin to replace it under Settings → API keys.",
    // A tampered authentication tag makes AES-GCM refuse to decrypt, as a wrong master key would.
    sql: `UPDATE "ApiKey" SET "authTag" = 'AAAAAAAAAAAAAAAAAAAAAA==' WHERE "tenantId" = ?`,
  },
  {
    name: "a key whose base URL is no longer allowed",
    message: "This workspace's Recruspace base URL is not allowed on this server any more. Ask an admin to replace the key under Settings → API keys.",
    sql: `UPDATE "ApiKey" SET "baseUrl" = 'https://retired-recruspace.example' WHERE "tenantId" = ?`,
  },
];

test.skip(!env.serverEnv.DATABASE_URL!.startsWith("file:"), "breaks the key straight in the SQLite e2e database");

for (const breakage of BREAKAGES) {
  test(`${breakage.name}: the page, an action and the upload route give the same message`, async ({ page, baseURL }) => {
    const workspace = seedWorkspace();
    const sqlite = new Database(databaseFile);
    try {
      expect(sqlite.prepare(breakage.sql).run(workspace.tenantId).changes).toBe(1);
    } finally {
      sqlite.close();
    }
    await signIn(page, workspace.member);

    await page.goto("/talent-pools");
    await expect(page.getByText(breakage.message)).toBeVisible();

    const addTag = builtServerActions().find((action) => action.key.endsWith("candidates/[id]/actions.ts#addCandidateTagAction"))!;
    // As the candidate page calls it: its workspace first (lib/actions/define-action.ts, StaleTab).
    const action = await callServerAction(page.request, baseURL!, addTag, [workspace.tenantId, { candidateId: 1, title: "probe" }]);
    expect(action).toMatchObject({ ok: false, code: "api_key_unusable" });
    expect(action.text).toContain(JSON.stringify(breakage.message).slice(1, -1));

    const upload = await page.request.post("/api/uploads/cv", {
      data: Buffer.from(PDF_BYTES),
      headers: { "content-type": "application/pdf", "x-file-name": "cv.pdf", "x-tenant": workspace.tenantId },
    });
    expect(upload.status()).toBe(409);
    expect(await upload.json()).toEqual({ code: "api_key_unusable", error: breakage.message });
  });
}
