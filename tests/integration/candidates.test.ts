import type { RecruspaceClient } from "@/lib/recruspace/client";
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storeApiKey } from "@/lib/vault/api-keys";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { ValidationError } from "@/lib/recruspace/errors";
import { addExistingToDestination, addNewCandidate, AddStepError } from "@/lib/candidates/add";
import { findExistingCandidate } from "@/lib/candidates/existing";
import { listDestinations } from "@/lib/candidates/destinations";
import { streamCvUpload, CvUploadError } from "@/lib/cv/stream-to-recruspace";
import { formFieldErrors, loadApplyQuestions, submitApplication } from "@/lib/candidates/apply";
import { buildApplySchema, initialAnswer, type Question } from "@/lib/candidates/apply-schema";
import type { NewCandidate } from "@/lib/candidates/schemas";
import { minimalDocx, minimalPdf } from "@/tests/support/files/documents";
import { buildZip } from "@/tests/support/files/zip";
import { startSandbox } from "@/sandbox/server";
import { SANDBOX_DEMO_KEY } from "@/sandbox/seed-data";

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let tenantId: string;
let api: RecruspaceClient;
let client: Awaited<ReturnType<typeof recruspaceForTenant>>;
let poolId: number;
let otherPoolId: number;
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

function person(overrides: Partial<NewCandidate> & Pick<NewCandidate, "cv">): NewCandidate {
  const id = randomUUID().slice(0, 8);
  return {
    firstName: "Ada",
    lastName: `Lovelace ${id}`,
    email: `ada.${id}@integration.example`,
    phone: undefined,
    destination: `talent_pool:${poolId}`,
    ...overrides,
  };
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 100_000 });
  process.env.RECRUSPACE_MASTER_KEYS = `k1:${randomBytes(32).toString("base64")}`;
  process.env.RECRUSPACE_MASTER_KEY_ID = "k1";
  process.env.RECRUSPACE_ALLOWED_BASE_URLS = sandbox.url;
  process.env.RECRUSPACE_TIMEOUT_MS = "1500";
  const suffix = randomUUID().slice(0, 8);
  const tenant = await db().tenant.create({ data: { name: `Candidates ${suffix}` } });
  const user = await db().user.create({ data: { email: `m-${suffix}@candidates.test`, name: "Member", passwordHash: "unused" } });
  await db().membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "member" } });
  await storeApiKey(db(), { tenantId: tenant.id, label: "sandbox", baseUrl: sandbox.url, apiKey: SANDBOX_DEMO_KEY, createdById: user.id });
  tenantId = tenant.id;
  client = await recruspaceForTenant(tenantId);
  api = client;
  const pools = await api.listTalentPools();
  poolId = pools[0]!.id;
  otherPoolId = pools[1]!.id;
});

afterAll(async () => {
  process.env = savedEnv;
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

describe("addNewCandidate", () => {
  it("creates the candidate in the pool with the uploaded CV", async () => {
    const cv = await uploadPdf();
    const input = person({ cv });
    const outcome = await addNewCandidate(api, input);
    expect(outcome.status).toBe("created");
    if (outcome.status !== "created") return;
    const detail = await api.getCandidate(outcome.candidate.id);
    expect(detail.cv?.id).toBe(Number(cv.documentId));
    expect(detail.talent_pools?.map((pool) => pool.id)).toContain(poolId);
    expect(await sandboxCandidates(input.email)).toHaveLength(1);
  });

  it("reports an existing candidate (any case of the email) instead of creating a second one", async () => {
    const cv = await uploadPdf();
    const input = person({ cv });
    await addNewCandidate(api, input);
    const again = await addNewCandidate(api, { ...input, email: input.email.toUpperCase() });
    expect(again.status).toBe("exists");
    if (again.status === "exists") expect(again.existing.inDestination).toBe(true);
    expect(await sandboxCandidates(input.email)).toHaveLength(1);
  });

  it("a 409 from Recruspace (the pre-check missed the person) reports the existing candidate", async () => {
    const input = person({ cv: await uploadPdf() });
    const first = await addNewCandidate(api, input);
    expect(first.status).toBe("created");
    // The pre-check's search answers "nobody" once, as if the person was added a moment later.
    await control("POST", "/__sandbox/faults", { method: "GET", path: "/api/v1/client/candidates/search-by-email/", kind: "status", status: 200, body: "[]", count: 1 });
    await control("POST", "/__sandbox/requests/reset");
    const again = await addNewCandidate(api, input);
    expect(again).toMatchObject({ status: "exists", existing: { inDestination: true } });
    const requests = (await control("GET", "/__sandbox/requests")) as { byRoute: Record<string, number> };
    expect(requests.byRoute["POST /api/v1/client/candidates/manual-add/"], "the create call was made and answered 409").toBe(1);
    expect(await sandboxCandidates(input.email)).toHaveLength(1);
  });

  it("saves the phone as a note", async () => {
    const outcome = await addNewCandidate(api, person({ cv: await uploadPdf(), phone: "+31 20 123 4567" }));
    expect(outcome.status === "created" && outcome.phoneSaved).toBe(true);
  });

  it("after a 500 on create: says which step failed, checked that nothing was created, and a retry creates exactly one", async () => {
    const input = person({ cv: await uploadPdf() });
    await control("POST", "/__sandbox/faults", { method: "POST", path: "/api/v1/client/candidates/manual-add/", kind: "status", status: 500, count: 5 });
    const failure = await addNewCandidate(api, input).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AddStepError);
    expect((failure as AddStepError).step).toBe("create");
    expect((failure as AddStepError).lostAnswer).toBe("checked_nothing_created");
    await control("DELETE", "/__sandbox/faults");
    expect((await addNewCandidate(api, input)).status).toBe("created");
    expect(await sandboxCandidates(input.email)).toHaveLength(1);
  });

  it("after a create whose answer was lost (timeout after the effect): finds the candidate instead of retrying", async () => {
    const input = person({ cv: await uploadPdf() });
    await control("POST", "/__sandbox/faults", { method: "POST", path: "/api/v1/client/candidates/manual-add/", kind: "hang", after: true, count: 1 });
    const outcome = await addNewCandidate(api, input);
    expect(outcome).toMatchObject({ status: "created", recovered: true });
    expect(await sandboxCandidates(input.email)).toHaveLength(1);
  });

  it("after a connection reset with no effect: a retry creates exactly one", async () => {
    const input = person({ cv: await uploadPdf() });
    await control("POST", "/__sandbox/faults", { method: "POST", path: "/api/v1/client/candidates/manual-add/", kind: "reset", count: 3 });
    await expect(addNewCandidate(api, input)).rejects.toBeInstanceOf(AddStepError);
    expect(await sandboxCandidates(input.email)).toHaveLength(0);
    await control("DELETE", "/__sandbox/faults");
    expect((await addNewCandidate(api, input)).status).toBe("created");
    expect(await sandboxCandidates(input.email)).toHaveLength(1);
  });
});

describe("existing candidates", () => {
  it("adds an existing person to another pool, reusing their CV", async () => {
    const cv = await uploadPdf();
    const input = person({ cv });
    const first = await addNewCandidate(api, input);
    if (first.status !== "created") throw new Error("setup failed");
    const found = await findExistingCandidate(api, input.email, { kind: "talent_pool", id: otherPoolId });
    expect(found).toMatchObject({ id: first.candidate.id, inDestination: false, cvDocumentId: cv.documentId });
    const added = await addExistingToDestination(api, first.candidate.id, { kind: "talent_pool", id: otherPoolId });
    expect(added.status).toBe("added");
    const again = await addExistingToDestination(api, first.candidate.id, { kind: "talent_pool", id: otherPoolId });
    expect(again.status).toBe("already_there");
    const records = await sandboxCandidates(input.email);
    expect(records.flatMap((record) => record.talent_pool_ids)).toEqual(expect.arrayContaining([poolId, otherPoolId]));
  });
});

describe("destinations and applying", () => {
  it("lists job posts and pools for the picker", async () => {
    const list = await listDestinations(api);
    expect(list.options.some((option) => option.kind === "job_post")).toBe(true);
    expect(list.options.some((option) => option.value === `talent_pool:${poolId}`)).toBe(true);
  });

  it("applies with answers; a required question left empty comes back next to its key", async () => {
    const posts = await client.listJobPosts({ page_size: 100, status: "published" });
    let target: { hash: string; questions: Question[] } | null = null;
    for (const post of posts.results) {
      const questions = await loadApplyQuestions(api, post.hash);
      if (questions.some((q) => q.required && q.type === "short_text") && !questions.some((q) => q.required && q.type === "file")) {
        target = { hash: post.hash, questions };
        break;
      }
    }
    expect(target, "the sandbox seeds a published post with a required short_text question").not.toBeNull();
    const { hash, questions } = target!;
    const required = questions.find((q) => q.required && q.type === "short_text")!;
    const answers = Object.fromEntries(questions.map((q) => [q.key, filled(q)]));
    const applicant = { firstName: "Grace", lastName: "Hopper", email: `grace.${randomUUID().slice(0, 8)}@integration.example`, cv: null };

    // Skipping our own validation on purpose, to see Recruspace's field errors mapped to the form.
    const missing = { ...applicant, answers: { ...answers, [required.key]: "" } };
    const refused = await submitApplication(api, hash, questions, missing).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(formFieldErrors(refused as ValidationError)[`answers.${required.key}`]?.[0]).toMatch(/required/i);

    const values = buildApplySchema(questions).parse({ ...applicant, answers });
    const applied = await submitApplication(api, hash, questions, values);
    expect(applied.candidateId).toBeGreaterThan(0);
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
      return initialAnswer(question);
    default:
      return "An answer";
  }
}
