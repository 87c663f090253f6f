import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bulkAddOne, bulkTagOne, finishBulk } from "@/lib/candidates/bulk";
import { queueFor, requeueFailed, runBulk, summarize, type BulkAnswer, type BulkRow } from "@/lib/candidates/bulk-queue";
import { candidateTimeline } from "@/lib/candidates/timeline";
import { toActionFailure } from "@/lib/errors/describe";
import type { ActionResult } from "@/lib/errors/result";
import { poolCandidatesPage } from "@/lib/list-cache/lists";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { clientSourceFor } from "@/lib/tenancy/recruspace";
import { findActiveKey } from "@/lib/vault/api-keys";
import type { Sandbox } from "@/sandbox/server";
import { connectToCompany, sandboxWorkspace, useSandbox, type WorkspaceActor } from "../support/sandbox-workspace";

/**
 * Bulk add of 30 pool candidates to another pool through the loop the page runs (runBulk) and the
 * domain function its action calls (bulkAddOne on the workspace's background client), with Recruspace
 * misbehaving: 429s (one waited out inside the call, one longer that the loop shows and waits out), hangs
 * and a reset before the add, 5xx before and after it (the add done, its answer lost), and an answer lost
 * while the look that follows fails too. "Retry the failed" twice; then every person is in the
 * destination exactly once (the sandbox's own state) and the summary says what happened.
 */
const ACME = 1;
const box = useSandbox();
const MANUAL_ADD = "/api/v1/client/candidates/manual-add/";
const SEARCH = "/api/v1/client/candidates/search-by-email/";
const PEOPLE = 30;

type Fault = Parameters<Sandbox["addFault"]>[0];

let actor: WorkspaceActor;
let client: RecruspaceClient;

beforeAll(async () => {
  // A hang must end in a timeout quickly; the app's own budget must not be what the 429 cases meet.
  process.env.RECRUSPACE_TIMEOUT_MS = "1500";
  process.env.RECRUSPACE_RATE_LIMIT_PER_MINUTE = "100000";
  actor = await sandboxWorkspace("Bea");
  await connectToCompany(box.current, actor, "acme");
  client = await clientSourceFor(actor.tenantId, "background")();
});

/** What defineAction makes of the handler's result or throw: the same ActionResult the page's loop gets. */
async function asAction(run: () => Promise<BulkAnswer>, name: string): Promise<ActionResult<BulkAnswer>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    return toActionFailure(error, name);
  }
}

async function poolWithPeople(count: number, label: string) {
  const { value: pool } = await client.createTalentPool({ name: `${label} ${randomBytes(3).toString("hex")}` });
  const ids: number[] = [];
  for (let n = 0; n < count; n += 1) {
    const { value } = await client.manualAddCandidate({ email: `bulk-${label}-${n}-${randomBytes(3).toString("hex")}@bulk.example`, first_name: "Bulk", last_name: `Person ${n}`, talent_pool_id: pool!.id });
    ids.push(value!.id);
  }
  return { poolId: pool!.id, ids };
}

const inPool = (poolId: number, email: string) =>
  box.current.store.state.candidates.filter((c) => c.companyId === ACME && c.talentPoolIds.includes(poolId) && c.email.toLowerCase() === email.toLowerCase()).length;

describe("bulk add to another pool", () => {
  it("adds 30 people exactly once through 429s, hangs, a reset and 5xx (answers lost after the add too); the summary and 'Retry the failed' are right", async () => {
    const source = await poolWithPeople(PEOPLE, "Source");
    const { value: destination } = await client.createTalentPool({ name: `Destination ${randomBytes(3).toString("hex")}` });
    const emails = new Map(source.ids.map((id) => [id, box.current.store.state.candidates.find((c) => c.id === id)!.email]));
    // One of them is in the destination already.
    const already = source.ids[21]!;
    await client.manualAddCandidate({ email: emails.get(already)!, first_name: "Bulk", last_name: "Already", talent_pool_id: destination!.id });
    const cachedBefore = await poolCandidatesPage(actor.tenantId, () => Promise.resolve(client), destination!.id, 1, 100);
    expect(cachedBefore.count).toBe(1);

    // Faults armed just before a given person's call (round 1 = the first run, 2 and 3 = "Retry the failed").
    const before = new Map<string, Fault[]>([
      ["1:0", [{ method: "POST", path: MANUAL_ADD, kind: "status", status: 429, retryAfter: 1 }]],
      ["1:3", [{ method: "POST", path: MANUAL_ADD, kind: "status", status: 429, retryAfter: 6 }]],
      ["1:6", [{ method: "POST", path: MANUAL_ADD, kind: "hang" }]],
      ["1:9", [{ method: "POST", path: MANUAL_ADD, kind: "hang", after: true }]],
      ["1:12", [{ method: "POST", path: MANUAL_ADD, kind: "reset" }]],
      ["1:15", [{ method: "POST", path: MANUAL_ADD, kind: "status", status: 500, after: true }]],
      ["1:18", [{ method: "POST", path: MANUAL_ADD, kind: "status", status: 502 }]],
      ["2:6", [{ method: "POST", path: MANUAL_ADD, kind: "status", status: 503, after: true }]],
    ]);
    // In round 2, person 6's add lands but its answer is lost, and the look by email after it fails as well.
    const afterAdd = new Map<string, Fault[]>([["2:6", [{ method: "GET", path: SEARCH, kind: "status", status: 500, count: 3 }]]]);
    let round = 1;
    const withFaultTiming: RecruspaceClient = {
      ...client,
      manualAddCandidate: (body) => client.manualAddCandidate(body).finally(() => armed(afterAdd, body.email)),
    };
    const indexOf = (email: string) => source.ids.findIndex((id) => emails.get(id) === email);
    function armed(faults: Map<string, Fault[]>, emailOrId: string | number) {
      const index = typeof emailOrId === "number" ? source.ids.indexOf(emailOrId) : indexOf(emailOrId);
      for (const fault of faults.get(`${round}:${index}`) ?? []) box.current.addFault(fault);
      faults.delete(`${round}:${index}`);
    }

    const seen: BulkRow[][] = [];
    const send = (candidateId: number) => {
      armed(before, candidateId);
      return asAction(() => bulkAddOne(withFaultTiming, actor, { candidateId, destination: { kind: "talent_pool", id: destination!.id } }), "candidates.bulkAddToDestination");
    };
    const run = (rows: BulkRow[]) => runBulk(rows, { send, signal: new AbortController().signal, onChange: (current) => seen.push(current) });

    // The selection lists someone twice: they are sent once.
    const first = await run(queueFor([...source.ids, source.ids[4]!]));
    expect(first).toHaveLength(PEOPLE);
    const firstSummary = summarize(first);
    expect(firstSummary.failed.map((f) => source.ids.indexOf(f.id))).toEqual([6, 12, 18]);
    expect(firstSummary).toMatchObject({ done: PEOPLE - 4, alreadyThere: 1, notSent: 0, pending: 0 });
    // The long 429 was shown as a wait on that person, then they were sent again.
    expect(seen.some((rows) => rows[3]!.status === "waiting" && rows[3]!.waitSeconds === 6)).toBe(true);
    // Failed with the reason in the vocabulary's words: the flow looked, and nothing was created.
    expect(first[6]!.reason).toMatch(/did not answer in time.*We checked: no candidate was created/);
    expect(first[12]!.reason).toMatch(/Could not reach Recruspace/);
    expect(first[18]!.reason).toMatch(/problem answering/);

    round = 2;
    const second = await run(requeueFailed(first));
    expect(summarize(second).failed.map((f) => source.ids.indexOf(f.id))).toEqual([6]);
    expect(second[6]!.reason).toMatch(/unclear whether the candidate was created/);

    // Its add did land: sent again, Recruspace's 409 says "already there", and no second record is made.
    round = 3;
    const third = await run(requeueFailed(second));
    expect(third[6]!.status).toBe("already_there");
    expect(summarize(third)).toEqual({ done: PEOPLE - 2, alreadyThere: 2, failed: [], notSent: 0, pending: 0 });

    for (const id of source.ids) expect(inPool(destination!.id, emails.get(id)!), `person ${source.ids.indexOf(id)}`).toBe(1);
    expect(box.current.store.state.candidates.filter((c) => c.talentPoolIds.includes(destination!.id))).toHaveLength(PEOPLE);

    // Every add the app made is audited as a bulk add by this member; the list cache was dropped once, at the end.
    const audited = await db().auditEvent.findMany({ where: { tenantId: actor.tenantId, action: "candidate.added_to_destination" } });
    expect(audited).toHaveLength(PEOPLE - 2);
    expect(audited.every((event) => event.actorUserId === actor.userId && JSON.parse(event.metadata!).bulk === true)).toBe(true);
    expect((await poolCandidatesPage(actor.tenantId, () => Promise.resolve(client), destination!.id, 1, 100)).count).toBe(1);
    finishBulk(actor.tenantId, "add");
    expect((await poolCandidatesPage(actor.tenantId, () => Promise.resolve(client), destination!.id, 1, 100)).count).toBe(PEOPLE);
  }, 120_000);
});

describe("bulk tag", () => {
  it("tags each person once, says 'already there' for one who had the tag, and the timeline names the member", async () => {
    const people = await poolWithPeople(4, "Tagged");
    const title = `bulk-${randomBytes(3).toString("hex")}`;
    await client.addTag({ candidate_id: people.ids[2]!, title });
    box.current.resetRequests();
    const send = (candidateId: number) => asAction(() => bulkTagOne(client, actor, { candidateId, title }), "candidates.bulkTag");
    const rows = await runBulk(queueFor([...people.ids, people.ids[0]!]), { send, signal: new AbortController().signal });
    expect(rows.map((row) => row.status)).toEqual(["done", "done", "already_there", "done"]);
    // One add-tag per person and nothing else.
    expect(box.current.requests().byRoute).toEqual({ [`POST /api/v1/client/candidates/add-tag/`]: 4 });
    for (const id of people.ids) {
      const tags = box.current.store.state.candidates.find((c) => c.id === id)!.tagIds;
      expect(tags.filter((tagId) => box.current.store.state.tags.find((t) => t.id === tagId)?.title === title)).toHaveLength(1);
    }
    const since = (await findActiveKey(db(), actor.tenantId))!.createdAt;
    const [event] = await candidateTimeline(db(), actor.tenantId, people.ids[0]!, since);
    expect(event).toMatchObject({ action: "candidate.tag_added", actor: actor.userName, tag: title, bulk: true });
  });
});
