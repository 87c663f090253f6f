import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addExistingToDestination } from "@/lib/candidates/add";
import { recordAdded } from "@/lib/candidates/add-result";
import { applyCandidate, loadApplyQuestions } from "@/lib/candidates/apply";
import { initialAnswer } from "@/lib/candidates/apply-schema";
import { addCandidateNote } from "@/lib/candidates/notes";
import { addCandidateTag } from "@/lib/candidates/tags";
import { candidateTimeline } from "@/lib/candidates/timeline";
import { findActiveKey } from "@/lib/vault/api-keys";
import { connectToCompany, sandboxWorkspace, useSandbox, type WorkspaceActor } from "../support/sandbox-workspace";

/**
 * A candidate's timeline is the workspace's own audit trail of them: who added them where (also when the
 * add copied them from another record), applications sent from their page, notes and tags, with the
 * member's name; nothing from another workspace, and nothing recorded under another company's key.
 */
const ACME = 1;
const box = useSandbox();

const workspace = (name: string) => sandboxWorkspace(name);
const connect = (actor: WorkspaceActor, company: "acme" | "globex") => connectToCompany(box.current, actor, company);

const since = async (tenantId: string) => (await findActiveKey(db(), tenantId))?.createdAt ?? null;

describe("a candidate's timeline", () => {
  it("shows who added them to another pool, applied them from their page, noted and tagged them, by name; the copy's own timeline says where it came from", async () => {
    const actor = await workspace("Tess");
    const api = await connect(actor, "acme");
    const source = box.current.store.state.candidates.find((c) => c.companyId === ACME && c.talentPoolIds.length > 0)!;
    const otherPool = box.current.store.state.talentPools.find((p) => p.companyId === ACME && !source.talentPoolIds.includes(p.id))!;

    const added = await addExistingToDestination(api, source.id, { kind: "talent_pool", id: otherPool.id }, null);
    expect(added.status).toBe("created");
    await recordAdded(actor, added, "candidate.added_to_destination", { destination: `talent_pool:${otherPool.id}`, existingCandidateId: source.id }, source.id);
    const copyId = added.status === "created" ? added.candidate.id! : 0;

    // The questions are not what this test is about: the post asks nothing that must be answered.
    const post = box.current.store.state.jobPosts.find((p) => p.companyId === ACME && p.status === "published")!;
    for (const question of post.questions) question.required = false;
    const { questions } = await loadApplyQuestions(api, post.hash);
    const values = {
      email: source.email,
      firstName: source.firstName,
      lastName: source.lastName,
      cv: null,
      termsOfUse: true,
      answers: Object.fromEntries(questions.map((q) => [q.name, initialAnswer(q)])),
    };
    const applied = await applyCandidate(actor, api, { hash: post.hash, values, limits: { maxFileBytes: 1_000_000 }, fileBodies: () => [], fromCandidateId: source.id });

    await addCandidateTag(api, actor, { candidateId: source.id, title: `timeline-${randomBytes(2).toString("hex")}` });
    await addCandidateNote(db(), api, actor, { candidateId: source.id, text: "Met at the fair" });

    const events = await candidateTimeline(db(), actor.tenantId, source.id, await since(actor.tenantId));
    expect(events.map((e) => [e.action, e.about])).toEqual([
      ["candidate.note_added", "this"],
      ["candidate.tag_added", "this"],
      ["candidate.applied", applied.candidateId === source.id ? "this" : "other"],
      ["candidate.added_to_destination", "other"],
    ]);
    expect(new Set(events.map((e) => e.actor))).toEqual(new Set([actor.userName]));
    const add = events.find((e) => e.action === "candidate.added_to_destination")!;
    expect(add.otherCandidateId).toBe(copyId);
    expect(add.destination).toEqual({ kind: "talent_pool", id: otherPool.id });
    expect(events.find((e) => e.action === "candidate.applied")!.jobPostHash).toBe(post.hash);

    const copy = await candidateTimeline(db(), actor.tenantId, copyId, await since(actor.tenantId));
    expect(copy.map((e) => [e.action, e.about, e.otherCandidateId])).toEqual([["candidate.added_to_destination", "this", source.id]]);
  });

  it("is empty for another workspace, and after the key is replaced by another company's", async () => {
    const actor = await workspace("Uma");
    const api = await connect(actor, "acme");
    const candidate = box.current.store.state.candidates.find((c) => c.companyId === ACME)!;
    await addCandidateTag(api, actor, { candidateId: candidate.id, title: `timeline-${randomBytes(2).toString("hex")}` });
    expect(await candidateTimeline(db(), actor.tenantId, candidate.id, await since(actor.tenantId))).toHaveLength(1);

    const stranger = await workspace("Vic");
    await connect(stranger, "acme");
    expect(await candidateTimeline(db(), stranger.tenantId, candidate.id, await since(stranger.tenantId))).toEqual([]);

    await connect(actor, "globex");
    expect(await candidateTimeline(db(), actor.tenantId, candidate.id, await since(actor.tenantId))).toEqual([]);
    expect(await candidateTimeline(db(), actor.tenantId, candidate.id, null)).toEqual([]);
  });
});
