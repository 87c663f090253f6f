import type { RecruspaceClient } from "@/lib/recruspace/client";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storeApiKey } from "@/lib/vault/api-keys";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import type { TenantContext } from "@/lib/tenancy/context";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { addExistingToDestination, addWithUploadedCv, AddStepError, type AddOutcome } from "@/lib/candidates/add";
import { addStepFailure } from "@/lib/candidates/add-result";
import { CANDIDATE_HEADER, serveCreateCandidate } from "@/lib/candidates/create-route";
import { findByEmail } from "@/lib/candidates/existing";
import { listDestinations } from "@/lib/candidates/destinations";
import { streamCvUpload, CvUploadError } from "@/lib/cv/stream-to-recruspace";
import { loadApplyQuestions, submitApplication } from "@/lib/candidates/apply";
import { buildApplySchema, initialAnswer, type ApplyValues, type Question } from "@/lib/candidates/apply-schema";
import { encodeDestination, type Destination } from "@/lib/candidates/schemas";
import type { ActionResult } from "@/lib/errors/result";
import { minimalDocx, minimalPdf } from "@/tests/support/files/documents";
import { buildZip } from "@/tests/support/files/zip";
import { startSandbox } from "@/sandbox/server";
import { SANDBOX_DEMO_KEY } from "@/sandbox/seed-data";

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let tenantId: string;
let tenant: TenantContext;
let api: RecruspaceClient;
let client: Awaited<ReturnType<typeof recruspaceForTenant>>;
let poolId: number;
let otherPoolId: number;
let createRoute: http.Server;
let createRouteUrl: string;
const savedEnv = { ...process.env };

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(response.ok, `${method} ${path}`).toBe(true);
  return response.status === 204 ? null : response.json();
}

async function sandboxCandidates(email: string): Promise<{ id: number; talent_pool_ids: number[] }[]> {
  return (await control("GET", `/__sandbox/candidates?key=${encodeURIComponent(SANDBOX_DEMO_KEY)}&email=${encodeURIComponent(email)}`)) as never;
}

const fault = (rule: Record<string, unknown>) => control("POST", "/__sandbox/faults", { count: 1, ...rule });
const MANUAL_ADD = "/api/v1/client/candidates/manual-add/";

async function callsTo(route: string): Promise<number> {
  const requests = (await control("GET", "/__sandbox/requests")) as { byRoute: Record<string, number> };
  return requests.byRoute[route] ?? 0;
}

function streamOf(bytes: Uint8Array) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

async function uploadPdf() {
  const pdf = minimalPdf();
  return streamCvUpload({
    body: streamOf(pdf),
    filename: "ada.pdf",
    contentLength: String(pdf.length),
    maxBytes: 20 * 1024 * 1024,
    upload: (body) => client.uploadFile({ ...body, folderKey: "cv" }),
  });
}

const inPool = (id: number): Destination => ({ kind: "talent_pool", id });

/** A new person with an uploaded CV, for addWithUploadedCv. */
async function newPerson(overrides: Partial<{ email: string; destination: Destination }> = {}) {
  const id = randomUUID().slice(0, 8);
  const cv = await uploadPdf();
  return {
    firstName: "Ada",
    lastName: `Lovelace ${id}`,
    email: `ada.${id}@integration.example`,
    destination: inPool(poolId),
    cvDocumentId: cv.documentId,
    ...overrides,
  };
}

function createdId(outcome: AddOutcome): number {
  expect(outcome.status).toBe("created");
  if (outcome.status !== "created") throw new Error("not created");
  expect(outcome.candidate.id).toEqual(expect.any(Number));
  return outcome.candidate.id!;
}

async function addStepErrorOf(promise: Promise<unknown>): Promise<AddStepError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AddStepError);
  return error as AddStepError;
}

/** The phone path: POST the CV file to the Create Candidate route with the fields in a header. */
async function createThroughRoute(fields: Record<string, unknown>, file: Uint8Array): Promise<ActionResult<AddOutcome>> {
  const response = await fetch(`${createRouteUrl}?name=cv.pdf`, {
    method: "POST",
    headers: { [CANDIDATE_HEADER]: encodeURIComponent(JSON.stringify(fields)), "content-type": "application/pdf" },
    body: new Blob([file as BlobPart]),
  });
  return (await response.json()) as ActionResult<AddOutcome>;
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 100_000 });
  process.env.RECRUSPACE_MASTER_KEYS = `k1:${randomBytes(32).toString("base64")}`;
  process.env.RECRUSPACE_MASTER_KEY_ID = "k1";
  process.env.RECRUSPACE_ALLOWED_BASE_URLS = sandbox.url;
  process.env.RECRUSPACE_TIMEOUT_MS = "1500";
  const suffix = randomUUID().slice(0, 8);
  const workspace = await db().tenant.create({ data: { name: `Candidates ${suffix}` } });
  const user = await db().user.create({ data: { email: `m-${suffix}@candidates.test`, name: "Member", passwordHash: "unused" } });
  await db().membership.create({ data: { tenantId: workspace.id, userId: user.id, role: "member" } });
  await storeApiKey(db(), { tenantId: workspace.id, label: "sandbox", baseUrl: sandbox.url, apiKey: SANDBOX_DEMO_KEY, createdById: user.id });
  tenantId = workspace.id;
  tenant = { userId: user.id, userEmail: user.email, userName: user.name ?? "", tenantId, tenantName: workspace.name, role: "member", memberships: [] };
  client = await recruspaceForTenant(tenantId);
  api = client;
  const pools = (await api.listTalentPools()).items;
  poolId = pools[0]!.id;
  otherPoolId = pools[1]!.id;

  createRoute = http.createServer((req, res) => {
    void serveCreateCandidate(req, res, { gate: async () => ({ ...tenant, ip: "127.0.0.1" }), client: recruspaceForTenant, maxBytes: 20 * 1024 * 1024 });
  });
  await new Promise<void>((resolve) => createRoute.listen(0, "127.0.0.1", resolve));
  createRouteUrl = `http://127.0.0.1:${(createRoute.address() as AddressInfo).port}/api/uploads/candidate`;
});

afterAll(async () => {
  process.env = savedEnv;
  await new Promise<void>((resolve) => (createRoute ? createRoute.close(() => resolve()) : resolve()));
  await sandbox?.close();
});

beforeEach(async () => {
  await control("DELETE", "/__sandbox/faults");
});

describe("CV upload through the tenant's client", () => {
  it("streams a PDF and a DOCX to Recruspace and gets document ids", async () => {
    const pdf = await uploadPdf();
    expect(pdf.documentId).toMatch(/^\d+$/);
    const docx = minimalDocx();
    const uploaded = await streamCvUpload({
      body: streamOf(docx),
      filename: "cv.docx",
      contentLength: String(docx.length),
      maxBytes: 20 * 1024 * 1024,
      upload: (body) => client.uploadFile({ ...body, folderKey: "cv" }),
    });
    expect(uploaded.documentId).toMatch(/^\d+$/);
    expect(uploaded.size).toBe(docx.length);
  });

  it("streams a 2 MB CV arriving in many small chunks", async () => {
    const big = new Uint8Array(2 * 1024 * 1024);
    big.set(minimalPdf());
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= big.length) return controller.close();
        controller.enqueue(big.slice(offset, offset + 65_536));
        offset += 65_536;
      },
    });
    const uploaded = await streamCvUpload({
      body,
      filename: "big.pdf",
      contentLength: String(big.length),
      maxBytes: 20 * 1024 * 1024,
      upload: (upload) => client.uploadFile({ ...upload, folderKey: "cv" }),
    });
    expect(uploaded.size).toBe(big.length);
  });

  it("refuses a ZIP without word/document.xml and aborts its upload", async () => {
    const zip = buildZip([{ name: "notes.txt", data: "hello" }]);
    await control("POST", "/__sandbox/requests/reset");
    await expect(
      streamCvUpload({ body: streamOf(zip), filename: "cv.docx", contentLength: String(zip.length), maxBytes: 1e6, upload: (body) => client.uploadFile(body) }),
    ).rejects.toBeInstanceOf(CvUploadError);
  });
});

describe("addWithUploadedCv", () => {
  it("creates the candidate in the pool with the uploaded CV", async () => {
    const input = await newPerson();
    const outcome = await addWithUploadedCv(api, input, []);
    expect(outcome).toMatchObject({ status: "created", recovered: false, phoneSaved: false, candidate: { email: input.email, firstName: input.firstName, lastName: input.lastName } });
    const id = createdId(outcome);
    const detail = await api.getCandidate(id);
    expect(detail.cv?.id).toBe(Number(input.cvDocumentId));
    expect(detail.talent_pools?.map((pool) => pool.id)).toContain(poolId);
    expect(await sandboxCandidates(input.email)).toEqual([expect.objectContaining({ id, talent_pool_ids: [poolId] })]);
  });

  it("when the form's check did not finish (knownMatchIds null), an existing email (any case) is reported and nothing is created", async () => {
    const input = await newPerson();
    const firstId = createdId(await addWithUploadedCv(api, input, []));
    await control("POST", "/__sandbox/requests/reset");
    const again = await addWithUploadedCv(api, { ...input, email: input.email.toUpperCase(), destination: inPool(otherPoolId) }, null);
    expect(again).toEqual({ status: "exists", matches: [{ id: firstId, email: input.email }] });
    expect(await callsTo(`POST ${MANUAL_ADD}`), "nothing was sent to create").toBe(0);
    expect(await sandboxCandidates(input.email)).toHaveLength(1);
  });

  it("when the form already checked (knownMatchIds []), there is no pre-check: Recruspace's 409 for that pool decides already-there", async () => {
    const input = await newPerson();
    const firstId = createdId(await addWithUploadedCv(api, input, []));
    await control("POST", "/__sandbox/requests/reset");
    // Changed meaning: the form's check saw nobody (the person was added a moment later); the 409 says so, not a guess.
    const again = await addWithUploadedCv(api, input, []);
    expect(again).toEqual({ status: "already_there", matches: [{ id: firstId, email: input.email }] });
    expect(await callsTo(`POST ${MANUAL_ADD}`), "the create call was made and answered 409").toBe(1);
    expect(await callsTo("GET /api/v1/client/candidates/search-by-email/"), "one search, after the 409, to name the match").toBe(1);
    expect(await sandboxCandidates(input.email)).toHaveLength(1);
  });

  it("a pre-check that missed the person (search answered nobody) still ends as already-there on the 409", async () => {
    const input = await newPerson();
    const firstId = createdId(await addWithUploadedCv(api, input, []));
    // The pre-check's search answers "nobody" once, as if the person was added a moment later.
    await fault({ method: "GET", path: "/api/v1/client/candidates/search-by-email/", kind: "status", status: 200, body: "[]" });
    await control("POST", "/__sandbox/requests/reset");
    const again = await addWithUploadedCv(api, input, null);
    expect(again).toEqual({ status: "already_there", matches: [{ id: firstId, email: input.email }] });
    expect(await callsTo(`POST ${MANUAL_ADD}`), "the create call was made and answered 409").toBe(1);
    expect(await sandboxCandidates(input.email)).toHaveLength(1);
  });

  it("after a 500 on create: says which step failed, checked that nothing was created, and a retry creates exactly one", async () => {
    const input = await newPerson();
    await fault({ method: "POST", path: MANUAL_ADD, kind: "status", status: 500, count: 5 });
    await control("POST", "/__sandbox/requests/reset");
    const failure = await addStepErrorOf(addWithUploadedCv(api, input, []));
    expect(failure.step).toBe("create");
    expect(failure.lostAnswer).toBe("checked_nothing_created");
    expect(await callsTo(`POST ${MANUAL_ADD}`), "a POST is never repeated blindly").toBe(1);
    expect(addStepFailure(failure).message).toMatch(/^Creating the candidate failed: Recruspace had a problem answering\. We checked: no candidate was created\. .*retry safely\./);
    await control("DELETE", "/__sandbox/faults");
    createdId(await addWithUploadedCv(api, input, []));
    expect(await sandboxCandidates(input.email)).toHaveLength(1);
  });

  it("after a create whose answer was lost (timeout after the effect): finds the candidate instead of retrying", async () => {
    const input = await newPerson();
    await fault({ method: "POST", path: MANUAL_ADD, kind: "hang", after: true });
    const outcome = await addWithUploadedCv(api, input, []);
    expect(outcome).toMatchObject({ status: "created", recovered: true });
    const records = await sandboxCandidates(input.email);
    expect(records).toHaveLength(1);
    expect(createdId(outcome)).toBe(records[0]!.id);
  });

  it("after a connection reset with no effect: checked that nothing was created, and a retry creates exactly one", async () => {
    const input = await newPerson();
    await fault({ method: "POST", path: MANUAL_ADD, kind: "reset", count: 3 });
    const failure = await addStepErrorOf(addWithUploadedCv(api, input, []));
    expect(failure.lostAnswer).toBe("checked_nothing_created");
    expect(await sandboxCandidates(input.email)).toHaveLength(0);
    await control("DELETE", "/__sandbox/faults");
    createdId(await addWithUploadedCv(api, input, []));
    expect(await sandboxCandidates(input.email)).toHaveLength(1);
  });

  it("a lost answer when the email has records the form did not know of: it cannot tell which is new, and says so", async () => {
    const input = await newPerson();
    createdId(await addWithUploadedCv(api, input, []));
    // The form's list is stale (it saw nobody): after the lost answer two unknown records have this email.
    await fault({ method: "POST", path: MANUAL_ADD, kind: "hang", after: true });
    const failure = await addStepErrorOf(addWithUploadedCv(api, { ...input, destination: inPool(otherPoolId) }, []));
    expect(failure.step).toBe("create");
    expect(failure.lostAnswer).toBe("unknown");
    expect(addStepFailure(failure).message).toMatch(/may or may not have been saved/);
    expect(await sandboxCandidates(input.email)).toHaveLength(2);
  });

  it("an unreadable 2xx from manual-add is a success: the new record is found by email", async () => {
    const input = await newPerson();
    await fault({ method: "POST", path: MANUAL_ADD, kind: "malformed", after: true });
    const outcome = await addWithUploadedCv(api, input, []);
    expect(outcome).toMatchObject({ status: "created", recovered: false, candidate: { email: input.email } });
    const records = await sandboxCandidates(input.email);
    expect(records).toHaveLength(1);
    expect(createdId(outcome)).toBe(records[0]!.id);
  });
});

describe("the phone path (Create Candidate through the route)", () => {
  it("saves the phone on the candidate record, not as a note", async () => {
    const id = randomUUID().slice(0, 8);
    const email = `grace.${id}@integration.example`;
    const notesBefore = sandbox.store.state.notes.length;
    const answer = await createThroughRoute(
      { firstName: "Grace", lastName: `Hopper ${id}`, email, phone: "+31 20 123 4567", destination: encodeDestination(inPool(poolId)), knownMatchIds: [] },
      minimalPdf(),
    );
    expect(answer).toMatchObject({ ok: true, data: { status: "created", recovered: false, phoneSaved: true } });
    const outcome = (answer as { data: AddOutcome }).data;
    const detail = await api.getCandidate(createdId(outcome));
    expect(detail.phone_number).toBe("+31 20 123 4567");
    expect(detail.cv?.file_size).toBe(minimalPdf().length);
    expect(sandbox.store.state.notes.length, "no note was written").toBe(notesBefore);
    expect(await sandboxCandidates(email)).toHaveLength(1);
  });

  it("with knownMatchIds null, an existing email is reported before the file is sent", async () => {
    const input = await newPerson();
    const firstId = createdId(await addWithUploadedCv(api, input, []));
    await control("POST", "/__sandbox/requests/reset");
    const answer = await createThroughRoute(
      { firstName: input.firstName, lastName: input.lastName, email: input.email, phone: "+31 20 123 4567", destination: encodeDestination(inPool(otherPoolId)), knownMatchIds: null },
      minimalPdf(),
    );
    expect(answer).toEqual({ ok: true, data: { status: "exists", matches: [{ id: firstId, email: input.email }] } });
    expect(await callsTo("POST /api/v1/client/candidates/add/")).toBe(0);
    expect(await sandboxCandidates(input.email)).toHaveLength(1);
  });
});

describe("existing candidates", () => {
  it("finds exactly this email (any case, not a substring), in one search call", async () => {
    const input = await newPerson();
    const id = createdId(await addWithUploadedCv(api, input, []));
    // Recruspace's search is a substring match: a longer address containing this one is not the same person.
    const longer = `x${input.email}`;
    await api.manualAddCandidate({ email: longer, first_name: "X", last_name: "Y", talent_pool_id: poolId });
    await control("POST", "/__sandbox/requests/reset");
    expect(await findByEmail(api, `  ${input.email.toUpperCase()} `)).toEqual([{ id, email: input.email }]);
    const requests = (await control("GET", "/__sandbox/requests")) as { total: number };
    expect(requests.total).toBe(1);
  });

  it("adds an existing person to another pool, reusing their CV; the same pool again is already-there", async () => {
    const input = await newPerson();
    const firstId = createdId(await addWithUploadedCv(api, input, []));
    const found = await findByEmail(api, input.email);
    expect(found).toEqual([{ id: firstId, email: input.email }]);

    const added = await addExistingToDestination(api, firstId, inPool(otherPoolId), found.map((match) => match.id));
    expect(added).toMatchObject({ status: "created", recovered: false, candidate: { email: input.email, firstName: input.firstName, lastName: input.lastName } });
    const addedId = createdId(added);
    expect(addedId).not.toBe(firstId);
    expect((await api.getCandidate(addedId)).cv?.id, "the stored CV document is reused").toBe(Number(input.cvDocumentId));

    const again = await addExistingToDestination(api, firstId, inPool(otherPoolId), [firstId, addedId]);
    expect(again.status).toBe("already_there");
    if (again.status === "already_there") expect(again.matches.map((match) => match.id).sort()).toEqual([firstId, addedId].sort());
    const records = await sandboxCandidates(input.email);
    expect(records).toHaveLength(2);
    expect(records.flatMap((record) => record.talent_pool_ids).sort()).toEqual([poolId, otherPoolId].sort());
  });
});

describe("adding an existing person when the form could not say what existed", () => {
  it("looks first, so a lost answer is never mistaken for a record that was already there", async () => {
    const input = await newPerson();
    const firstId = createdId(await addWithUploadedCv(api, input, []));
    createdId(await addExistingToDestination(api, firstId, inPool(otherPoolId), [firstId]));
    const third = (await api.createTalentPool({ name: `Third pool ${randomUUID().slice(0, 6)}` })).value!;
    await fault({ method: "POST", path: MANUAL_ADD, kind: "reset" });
    const error = await addStepErrorOf(addExistingToDestination(api, firstId, inPool(third.id), null));
    expect(error.lostAnswer).toBe("checked_nothing_created");
    expect(await sandboxCandidates(input.email)).toHaveLength(2);
    await control("DELETE", "/__sandbox/faults");
  });
});

describe("destinations and applying", () => {
  it("lists job posts and pools for the picker", async () => {
    const list = await listDestinations(tenantId, async () => api);
    expect(list.options.some((option) => option.kind === "job_post")).toBe(true);
    expect(list.options.some((option) => option.value === `talent_pool:${poolId}`)).toBe(true);
  });

  it("applies with answers; a required question left empty comes back next to its key", async () => {
    const posts = await client.listJobPosts({ page_size: 100, status: "published" });
    let target: { hash: string; questions: Question[] } | null = null;
    for (const post of posts.results) {
      const { questions } = await loadApplyQuestions(api, post.hash);
      if (questions.some((q) => q.required && q.type === "short_text") && !questions.some((q) => q.required && q.type === "file")) {
        target = { hash: post.hash, questions };
        break;
      }
    }
    expect(target, "the sandbox seeds a published post with a required short_text question").not.toBeNull();
    const { hash, questions } = target!;
    const required = questions.find((q) => q.required && q.type === "short_text")!;
    // The form's answers are keyed by each question's field name (a question_key may hold dots).
    const answers = Object.fromEntries(questions.map((q) => [q.name, filled(q)]));
    const applicant = { firstName: "Grace", lastName: "Hopper", email: `grace.${randomUUID().slice(0, 8)}@integration.example`, cv: null, termsOfUse: true as const };

    // Skipping our own validation on purpose, to see Recruspace's field errors mapped to the form.
    const missing: ApplyValues = { ...applicant, answers: { ...answers, [required.name]: "" } };
    const refused = await submitApplication(api, hash, questions, missing).catch((error: unknown) => error);
    // submitApplication now maps Recruspace's 400 to the form itself (formFieldErrors): a validation failure for the field.
    expect(refused).toBeInstanceOf(UserFacingError);
    expect((refused as UserFacingError).code).toBe("validation");
    expect((refused as UserFacingError).fieldErrors?.[`answers.${required.name}`]?.[0]).toMatch(/required/i);

    const values = buildApplySchema(questions).parse({ ...applicant, answers }) as ApplyValues;
    const applied = await submitApplication(api, hash, questions, values);
    const records = await sandboxCandidates(applicant.email);
    expect(records).toHaveLength(1);
    expect(applied).toEqual({ applicationId: expect.any(Number), candidateId: records[0]!.id });
  });
});

function filled(question: Question) {
  switch (question.type) {
    case "boolean":
      return "true";
    case "number":
      return "3";
    case "single_choice":
      return question.options[0] ?? "";
    case "multiple_choice":
      return question.options.slice(0, 1);
    case "date":
      return "2024-05-31";
    case "email":
      return "ref@example.com";
    case "phone":
      return "+31 20 123 4567";
    case "url":
      return "https://example.com";
    case "education":
      return [{ school_name: "MIT", degree: "BSc", major: "Math", start_date: "2010-09-01", end_date: "2014-06-30" }];
    case "experience":
      return [{ company_name: "Navy", position_title: "Officer", start_date: "1943-01-01", end_date: "" }];
    case "file":
      return initialAnswer(question) ?? undefined;
    default:
      return "An answer";
  }
}
