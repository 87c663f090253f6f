import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Db } from "@/lib/db";
import { toActionFailure } from "@/lib/errors/describe";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { addCandidateNote, listWorkspaceNotes } from "@/lib/candidates/notes";
import { NOTE_NOT_RECORDED } from "@/lib/candidates/note-messages";
import { findActiveKey } from "@/lib/vault/api-keys";
import { startSandbox, type Sandbox } from "@/sandbox/server";
import { connectToCompany, sandboxWorkspace, type WorkspaceActor } from "../support/sandbox-workspace";

/**
 * A workspace's notes belong to the Recruspace account they were written in: a candidate id means
 * something only inside one company, and an admin can replace the workspace's key with another
 * company's. And a note Recruspace accepted but the database could not record is reported as exactly that.
 */
const ACME = 1;
const GLOBEX = 2;
const savedEnv = { ...process.env };
let sandbox: Sandbox;
let candidateId: number;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 100_000 });
  process.env.RECRUSPACE_ALLOWED_BASE_URLS = sandbox.url;
  process.env.RECRUSPACE_MASTER_KEYS = `k1:${randomBytes(32).toString("base64")}`;
  process.env.RECRUSPACE_MASTER_KEY_ID = "k1";
  candidateId = sandbox.store.state.candidates.find((c) => c.companyId === ACME)!.id;
});
afterAll(async () => {
  process.env = savedEnv;
  await sandbox?.close();
});

const workspace = () => sandboxWorkspace("Noa");
const connect = (actor: WorkspaceActor, company: "acme" | "globex") => connectToCompany(sandbox, actor, company);

/**
 * The sandbox's candidate ids are unique across companies; a real account's need not be. Lends the
 * candidate to Globex for a moment, so Globex has "its own" candidate with the same id.
 */
async function asGlobexCandidate<T>(id: number, run: () => Promise<T>): Promise<T> {
  const record = sandbox.store.state.candidates.find((c) => c.id === id)!;
  const owner = record.companyId;
  record.companyId = GLOBEX;
  try {
    return await run();
  } finally {
    record.companyId = owner;
  }
}

const ids = (notes: { id: string }[]) => notes.map((note) => note.id);

describe("notes belong to the Recruspace account they were written in", () => {
  it("another company's key never shows them on its candidate with the same id; a replacement key of the same company keeps them", async () => {
    const actor = await workspace();
    const acme = await connect(actor, "acme");
    const note = await addCandidateNote(db(), acme, actor, { candidateId, text: `Strong on robotics ${randomBytes(3).toString("hex")}` });
    const acmeKeyId = (await findActiveKey(db(), actor.tenantId))!.id;
    expect(ids(await listWorkspaceNotes(db(), actor.tenantId, await acme.getCandidate(candidateId)))).toEqual([note.id]);

    // An admin replaces the key with Globex's: Globex's candidate with that id is someone else.
    const globex = await connect(actor, "globex");
    await asGlobexCandidate(candidateId, async () => {
      const stranger = await globex.getCandidate(candidateId);
      expect(stranger).toMatchObject({ id: candidateId, company: "Globex Corporation" });
      expect(await listWorkspaceNotes(db(), actor.tenantId, stranger)).toEqual([]);
    });
    // Nor when Recruspace does not say which company the candidate belongs to.
    expect(await listWorkspaceNotes(db(), actor.tenantId, { id: candidateId, company: null })).toEqual([]);

    // Back to Acme with yet another key: the same company, so the note is there again.
    const acmeAgain = await connect(actor, "acme");
    expect(ids(await listWorkspaceNotes(db(), actor.tenantId, await acmeAgain.getCandidate(candidateId)))).toEqual([note.id]);
    // Without a company to compare, a note of an earlier key cannot be told apart from another account's.
    expect(await listWorkspaceNotes(db(), actor.tenantId, { id: candidateId, company: null })).toEqual([]);
    // The note records the account it was written in, and was never deleted, only not listed.
    expect(await db().candidateNote.findMany({ where: { tenantId: actor.tenantId } })).toEqual([
      expect.objectContaining({ id: note.id, apiKeyId: acmeKeyId, company: "Acme Robotics" }),
    ]);
  });

  it("a note that records no account (written before notes did) follows the key it was written under, and learns its account", async () => {
    const actor = await workspace();
    const acme = await connect(actor, "acme");
    const key = (await findActiveKey(db(), actor.tenantId))!;
    const legacy = await db().candidateNote.create({
      data: { tenantId: actor.tenantId, candidateId, authorUserId: actor.userId, authorName: "Old", text: "From before", createdAt: new Date(key.createdAt.getTime() + 1_000) },
    });
    expect(ids(await listWorkspaceNotes(db(), actor.tenantId, await acme.getCandidate(candidateId)))).toEqual([legacy.id]);
    expect(await db().candidateNote.findUniqueOrThrow({ where: { id: legacy.id } })).toMatchObject({ apiKeyId: key.id, company: "Acme Robotics" });
    // Having learned its account, it survives a replacement key of the same company…
    const acmeAgain = await connect(actor, "acme");
    expect(ids(await listWorkspaceNotes(db(), actor.tenantId, await acmeAgain.getCandidate(candidateId)))).toEqual([legacy.id]);

    // …while one that was never listed before Globex's key came stays with the account it was written in.
    const unlisted = await db().candidateNote.create({
      data: { tenantId: actor.tenantId, candidateId, authorUserId: actor.userId, authorName: "Old", text: "Never shown" },
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const globex = await connect(actor, "globex");
    await asGlobexCandidate(candidateId, async () => {
      expect(await listWorkspaceNotes(db(), actor.tenantId, await globex.getCandidate(candidateId))).toEqual([]);
    });
    expect(await db().candidateNote.findUniqueOrThrow({ where: { id: unlisted.id } })).toMatchObject({ apiKeyId: null, company: null });
  });
});

describe("a note Recruspace accepted but the database could not record", () => {
  /** The workspace database, except that recording a note fails (a full disk, a lost connection…). */
  function withFailingNoteInsert(database: Db): Db {
    return new Proxy(database, {
      get(target, prop) {
        const value = Reflect.get(target, prop);
        if (prop !== "candidateNote") return typeof value === "function" ? value.bind(target) : value;
        return new Proxy(value as object, {
          get: (notes, name) => (name === "create" ? () => Promise.reject(new Error("SQLITE_FULL: database or disk is full")) : Reflect.get(notes, name)),
        });
      },
    });
  }

  it("tells the user the truth, keeps their text, and audits it, instead of a generic failure", async () => {
    const actor = await workspace();
    const acme = await connect(actor, "acme");
    const text = `Call back on Monday ${randomBytes(3).toString("hex")}`;
    const error = await addCandidateNote(withFailingNoteInsert(db()), acme, actor, { candidateId, text }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UserFacingError);
    const failure = toActionFailure(error, "candidates.addNote");
    expect(failure).toEqual({ ok: false, code: "internal", error: NOTE_NOT_RECORDED });
    expect(failure.error).toMatch(/^The note was saved in Recruspace but could not be recorded here\b/);
    expect(failure.error).toMatch(/Your text is kept/);
    expect(failure.error).not.toMatch(/SQLITE|disk/);

    expect(sandbox.store.state.notes.filter((note) => note.candidateId === candidateId && note.text === text)).toHaveLength(1);
    expect(await db().candidateNote.count({ where: { tenantId: actor.tenantId, text } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { tenantId: actor.tenantId, action: "candidate.note_added" } });
    expect(JSON.parse(audit.metadata!)).toEqual({ length: text.length, recorded: false });
  });
});
