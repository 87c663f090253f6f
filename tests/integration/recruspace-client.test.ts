import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRecruspaceClient, type Accepted, type DriftEvent, type RecruspaceClient, type RecruspaceEvent } from "@/lib/recruspace/client";
import { iterateAll, listAll } from "@/lib/recruspace/pagination";
import {
  ConflictError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  RecruspaceError,
  TimeoutError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
} from "@/lib/recruspace/errors";
import type { JobPostQuestion } from "@/lib/recruspace/schemas";
import { buildPdf } from "@/sandbox/files/pdf";
import { SANDBOX_KEYS } from "@/sandbox/seed-data";
import { startSandbox, type Sandbox } from "@/sandbox/server";

/** The Recruspace client end to end against the real sandbox over HTTP, faults injected via /__sandbox/. */

const KEY = SANDBOX_KEYS.acme;
let sandbox: Sandbox;
let events: RecruspaceEvent[] = [];
let drift: DriftEvent[] = [];
let seq = 0;

function client(overrides: Partial<Parameters<typeof createRecruspaceClient>[0]> = {}): RecruspaceClient {
  return createRecruspaceClient({
    baseUrl: sandbox.url,
    apiKey: KEY,
    limiterKey: `integration-${++seq}`,
    timeoutMs: 2_000,
    backoff: { baseMs: 20, capMs: 100 },
    onEvent: (event) => events.push(event),
    onDrift: (event) => drift.push(event),
    ...overrides,
  });
}

async function control<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${method} ${path} → ${response.status}`);
  return (await response.json()) as T;
}

const addFault = (rule: Record<string, unknown>) => control("POST", "/__sandbox/faults", { count: 1, ...rule });
const requestCount = async (route: string) => (await control<{ byRoute: Record<string, number> }>("GET", "/__sandbox/requests")).byRoute[route] ?? 0;
const candidatesWithEmail = (email: string) =>
  control<{ id: number }[]>("GET", `/__sandbox/candidates?key=${encodeURIComponent(KEY)}&email=${encodeURIComponent(email)}`);
/** A candidate of the key's company, straight from the sandbox's store. */
const someCandidateId = () => sandbox.store.state.candidates.find((c) => c.companyId === sandbox.store.companyForKey(KEY)!.id)!.id;
const uniqueEmail = (label: string) => `client-${label}-${Date.now()}-${++seq}@integration.example`;

const pdf = new Uint8Array(buildPdf(["Jane Doe", "Robotics engineer"]));
const pdfStream = () => ({ body: new Blob([pdf]).stream(), filename: "Jane \"JD\" Doe.pdf", contentType: "application/pdf", size: pdf.byteLength });

async function caught(promise: Promise<unknown>): Promise<RecruspaceError> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof RecruspaceError)) throw error;
    collectedErrors.push(error);
    return error;
  }
  throw new Error("expected the call to fail");
}
const collectedErrors: RecruspaceError[] = [];

/** A write's accepted answer (2xx) whose body could be read: its value. */
function readValue<T>(answer: Accepted<T>, status: number): T {
  expect(answer.status).toBe(status);
  expect(answer.value, "the 2xx answer's body was readable").not.toBeNull();
  return answer.value as T;
}

function answerFor(question: JobPostQuestion): string | null {
  switch (question.type) {
    case "boolean":
      return "true";
    case "single_choice":
      return question.options?.[0] ?? null;
    case "multiple_choice":
      return JSON.stringify((question.options ?? []).slice(0, 1));
    case "number":
      return "4";
    case "date":
      return "2026-03-01";
    case "email":
      return "jane@integration.example";
    case "phone":
      return "+49 30 1234567";
    case "url":
      return "https://example.com/jane";
    case "education":
      return JSON.stringify([{ school_name: "TU Berlin", degree: "masters_degree", major: "Robotics", start_date: "2018-10-01", end_date: "2020-09-30", currently_pursuing: false }]);
    case "experience":
      return JSON.stringify([{ company_name: "Initech", position_title: "Engineer", employment_type: "full_time", start_date: "2020-10-01", currently_employed: true }]);
    case "file":
      return null;
    default:
      return "Some text";
  }
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 10_000 });
});

afterAll(async () => {
  // Whatever went wrong in this suite, no error ever carried the key or the Authorization header.
  for (const error of collectedErrors) {
    const text = inspect(error, { depth: 10, showHidden: true }) + JSON.stringify(error);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain("Bearer");
  }
  expect(JSON.stringify(events)).not.toContain(KEY);
  await sandbox?.close();
});

beforeEach(async () => {
  events = [];
  drift = [];
  await control("DELETE", "/__sandbox/faults");
  await control("POST", "/__sandbox/requests/reset");
});

describe("every endpoint against the sandbox", () => {
  it("reads company, job posts, questions and talent pools", async () => {
    const api = client();
    const offices = await api.listCompanyOffices();
    expect(offices.items.length).toBeGreaterThan(0);
    expect(offices.skipped).toBe(0);
    expect(offices.items.some((o) => o.is_headquarters === true)).toBe(true);
    const users = await api.listCompanyUsers();
    expect(users.items[0]?.user.email).toMatch(/@/);

    const first = await api.listJobPosts({ page_size: 5 });
    expect(first.results).toHaveLength(5);
    expect(first.count).toBeGreaterThan(5);
    expect(first.previous).toBeNull();
    expect(first.next).toContain("page=2");
    expect(first.skipped).toBe(0);
    const all = await listAll((page) => api.listJobPosts({ page, page_size: 10 }));
    expect(all).toHaveLength(first.count);
    expect(new Set(all.map((p) => p.hash)).size).toBe(first.count);

    const published = await api.listJobPosts({ status: "published", page_size: 100 });
    expect(published.results.every((p) => p.status === "published")).toBe(true);
    const title = first.results[0]?.title ?? "";
    const searched = await api.listJobPosts({ search: title.slice(0, 6).toLowerCase() });
    expect(searched.results.some((p) => p.title === title)).toBe(true);

    const post = await api.getJobPost(first.results[0]?.hash ?? "");
    expect(post.hash).toBe(first.results[0]?.hash);
    expect(typeof post.description).toBe("string");
    const questions = await api.listJobPostQuestions(post.hash);
    expect(questions.items.every((q) => q.question_key.length > 0)).toBe(true);

    const pools = await api.listTalentPools();
    const pool = pools.items.find((p) => (p.candidate_count ?? 0) > 3);
    expect(pool).toBeDefined();
    const seen: number[] = [];
    for await (const candidate of iterateAll((page) => api.listTalentPoolCandidates(pool?.id ?? 0, { page, page_size: 2 }))) seen.push(candidate.id);
    expect(seen).toHaveLength(pool?.candidate_count ?? -1);
    const detail = await api.getCandidate(seen[0] ?? 0);
    expect(detail.id).toBe(seen[0]);
    expect(detail.talent_pools?.some((p) => p.id === pool?.id)).toBe(true);
  });

  it("creates, renames, fills and deletes a talent pool; uploads and adds candidates", async () => {
    const api = client();
    const pool = readValue(await api.createTalentPool({ name: "Client integration pool" }), 201);
    expect(pool.candidate_count).toBe(0);
    const renamed = readValue(await api.updateTalentPool(pool.id, { name: "Client integration pool (renamed)" }), 200);
    expect(renamed.name).toBe("Client integration pool (renamed)");

    const uploaded = await api.uploadFile({ ...pdfStream(), folderKey: "cv" });
    // The document id is now a string of digits (what `cv` expects).
    expect(uploaded.id).toMatch(/^[1-9]\d*$/);
    expect(uploaded.file_size).toBe(pdf.byteLength);
    // presigned_url is not in the upload contract; the loose object keeps it as an unknown extra.
    expect(uploaded.presigned_url).toEqual(expect.any(String));
    const downloaded = await fetch(String(uploaded.presigned_url));
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(pdf);

    const manualEmail = uniqueEmail("manual");
    const manual = readValue(await api.manualAddCandidate({ email: manualEmail, first_name: "Manu", last_name: "Al", cv: uploaded.id, talent_pool_id: pool.id }), 201);
    expect(manual.email).toBe(manualEmail);
    expect(manual.cv?.id).toBe(Number(uploaded.id));
    expect(manual.entry_method).toBe("manual");
    const duplicate = await caught(api.manualAddCandidate({ email: manualEmail, first_name: "Manu", last_name: "Al", talent_pool_id: pool.id }));
    expect(duplicate).toBeInstanceOf(ConflictError);

    const createdEmail = uniqueEmail("create");
    const created = readValue(
      await api.createCandidate({ first_name: "Streamed", last_name: "Cv", email: createdEmail, phone_number: "+4930123456", talent_pool_id: pool.id, cv_file: pdfStream() }),
      201,
    );
    expect(created.cv?.file_size).toBe(pdf.byteLength);
    expect(created.phone_number).toBe("+4930123456");

    const hits = await api.searchCandidatesByEmail(createdEmail.slice(0, -5));
    expect(hits.items.map((h) => h.id)).toContain(created.id);
    expect(await api.searchCandidatesByEmail(`nobody-${Date.now()}@nowhere.example`)).toEqual({ items: [], skipped: 0 });

    const note = readValue(await api.addNote({ candidate_id: created.id, text: "Strong robotics background." }), 201);
    expect(note.text).toBe("Strong robotics background.");
    const tag = readValue(await api.addTag({ candidate_id: created.id, title: "Shortlist" }), 201);
    expect(tag.title).toBe("Shortlist");
    expect(await caught(api.addTag({ candidate_id: created.id, title: "shortlist" }))).toBeInstanceOf(ConflictError);
    expect((await api.getCandidate(created.id)).tags?.map((t) => t.title)).toContain("Shortlist");

    const members = await api.listTalentPoolCandidates(pool.id);
    expect(members.results.map((c) => c.email).sort()).toEqual([createdEmail, manualEmail].sort());

    await api.deleteTalentPool(pool.id);
    expect((await api.listTalentPools()).items.some((p) => p.id === pool.id)).toBe(false);
    expect((await api.getCandidate(created.id)).id).toBe(created.id); // detached, not deleted
    expect(await caught(api.deleteTalentPool(pool.id))).toBeInstanceOf(NotFoundError);
  });

  it("applies to a job post with answers; missing answers are field errors; a second application conflicts", async () => {
    const api = client();
    const posts = await listAll((page) => api.listJobPosts({ page, page_size: 100, status: "published" }));
    let target: { hash: string; questions: JobPostQuestion[] } | null = null;
    for (const post of posts) {
      const questions = (await api.listJobPostQuestions(post.hash)).items;
      if (questions.some((q) => q.required) && !questions.some((q) => q.required && q.type === "file")) {
        target = { hash: post.hash, questions };
        break;
      }
    }
    expect(target).not.toBeNull();
    const { hash, questions } = target as { hash: string; questions: JobPostQuestion[] };
    const email = uniqueEmail("apply");
    const base = { email, first_name: "Appli", last_name: "Cant", terms_of_use: true };

    const missing = (await caught(api.applyToJobPost(hash, { ...base, answers: [] }))) as ValidationError;
    expect(missing).toBeInstanceOf(ValidationError);
    const required = questions.filter((q) => q.required);
    for (const question of required) expect(missing.fieldErrors[`answers.${question.question_key}`]).toEqual(["This question is required."]);

    const answers = questions.flatMap((q) => {
      const answer = answerFor(q);
      return answer === null ? [] : [{ job_post_question: { id: q.id, question_key: q.question_key }, answer }];
    });
    const applied = readValue(await api.applyToJobPost(hash, { ...base, answers }), 201);
    expect(applied.candidate?.email).toBe(email);
    expect(applied.job_post).toBe(hash);
    expect(await caught(api.applyToJobPost(hash, { ...base, answers }))).toBeInstanceOf(ConflictError);
  });
});

describe("typed errors", () => {
  it("401 for a wrong or revoked key", async () => {
    expect(await caught(client({ apiKey: "rsk_sandbox_acme_wrong" }).listTalentPools())).toBeInstanceOf(UnauthorizedError);
    const { key } = await control<{ key: string }>("POST", "/__sandbox/keys", { company: "acme" });
    const api = createRecruspaceClient({ baseUrl: sandbox.url, apiKey: key, limiterKey: `integration-${++seq}` });
    expect((await api.listTalentPools()).items.length).toBeGreaterThan(0);
    await control("POST", "/__sandbox/keys/revoke", { key });
    const revoked = await caught(api.listTalentPools());
    expect(revoked).toBeInstanceOf(UnauthorizedError);
    expect(inspect(revoked, { showHidden: true })).not.toContain(key);
  });

  it("404 for unknown or another company's records; 400 with field errors", async () => {
    const api = client();
    expect(await caught(api.getCandidate(999_999_999))).toBeInstanceOf(NotFoundError);
    expect(await caught(api.getJobPost("does-not-exist"))).toBeInstanceOf(NotFoundError);
    const globexPools = await createRecruspaceClient({ baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.globex, limiterKey: `integration-${++seq}` }).listTalentPools();
    expect(await caught(api.listTalentPoolCandidates(globexPools.items[0]?.id ?? 0))).toBeInstanceOf(NotFoundError);
    const invalid = (await caught(api.createTalentPool({ name: "" }))) as ValidationError;
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(Object.keys(invalid.fieldErrors)).toContain("name");
    const noTarget = (await caught(api.manualAddCandidate({ email: uniqueEmail("nt"), first_name: "N", last_name: "T" }))) as ValidationError;
    expect(noTarget.fieldErrors.non_field_errors?.length).toBeGreaterThan(0);
    const badCv = (await caught(api.createCandidate({ first_name: "A", last_name: "B", email: uniqueEmail("badcv"), talent_pool_id: (await api.listTalentPools()).items[0]?.id, cv_file: { body: new TextEncoder().encode("plain text"), filename: "cv.pdf", contentType: "application/pdf", size: 10 } }))) as ValidationError;
    expect(Object.keys(badCv.fieldErrors)).toContain("cv_file");
    expect(await caught(api.listJobPosts({ page: 9999 }))).toBeInstanceOf(NotFoundError);
  });
});

describe("uploads", () => {
  it("a streamed file over the size limit is a ValidationError on `file`, not a network failure", async () => {
    const small = await startSandbox({ port: 0, maxUploadBytes: 2_000 });
    try {
      const api = createRecruspaceClient({ baseUrl: small.url, apiKey: KEY, limiterKey: `integration-${++seq}` });
      const big = new Uint8Array(3_000_000);
      big.set(pdf);
      const error = (await caught(api.uploadFile({ body: new Blob([big]).stream(), filename: "big.pdf", contentType: "application/pdf", size: big.byteLength }))) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.fieldErrors.file?.[0]).toMatch(/too large/i);
    } finally {
      await small.close();
    }
  });

  it("a declared size that does not match the stream fails without creating a file", async () => {
    const api = client();
    const error = await caught(api.uploadFile({ body: new Blob([pdf]).stream(), filename: "cv.pdf", contentType: "application/pdf", size: pdf.byteLength + 100 }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(["file"]);
    expect(await requestCount("POST /api/v1/utilities/upload-file/")).toBeLessThanOrEqual(1);
  });
});

describe("faults", () => {
  it("honours Retry-After on 429 and then succeeds", async () => {
    await addFault({ method: "GET", path: "/api/v1/client/talent-pools/", kind: "status", status: 429, retryAfter: 1 });
    const api = client();
    const started = Date.now();
    expect((await api.listTalentPools()).items.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(await requestCount("GET /api/v1/client/talent-pools/")).toBe(2);
    expect(events).toContainEqual(expect.objectContaining({ type: "rate_limited", source: "retry-after", waitMs: 1000, willRetry: true }));
  });

  it("retries a POST answered 429 (nothing was done) and creates exactly one record", async () => {
    await addFault({ method: "POST", path: "/api/v1/client/candidates/manual-add/", kind: "status", status: 429, retryAfter: 1 });
    const api = client();
    const pool = (await api.listTalentPools()).items[0];
    const email = uniqueEmail("429post");
    await api.manualAddCandidate({ email, first_name: "R", last_name: "L", talent_pool_id: pool?.id });
    expect(await requestCount("POST /api/v1/client/candidates/manual-add/")).toBe(2);
    expect(await candidatesWithEmail(email)).toHaveLength(1);
  });

  it("gives up with RateLimitedError when Retry-After exceeds the wait budget", async () => {
    await addFault({ method: "GET", path: "/api/v1/client/companies/users/", kind: "status", status: 429, retryAfter: 45 });
    const error = (await caught(client({ maxRateLimitWaitMs: 5_000 }).listCompanyUsers())) as RateLimitedError;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.retryAfterSeconds).toBe(45);
    expect(await requestCount("GET /api/v1/client/companies/users/")).toBe(1);
  });

  it("meets the sandbox's real throttle: the 429 detail is read and reported", async () => {
    const strict = await startSandbox({ port: 0, rateLimitPerMinute: 2 });
    try {
      const api = createRecruspaceClient({ baseUrl: strict.url, apiKey: KEY, limiterKey: `integration-${++seq}`, maxRateLimitWaitMs: 1_000, onEvent: (e) => events.push(e) });
      await api.listCompanyOffices();
      await api.listCompanyOffices();
      const error = (await caught(api.listCompanyOffices())) as RateLimitedError;
      expect(error).toBeInstanceOf(RateLimitedError);
      expect(error.retryAfterSeconds).toBeGreaterThan(1);
      expect(events.filter((e) => e.type === "rate_limited")).toHaveLength(1);
    } finally {
      await strict.close();
    }
  });

  it("the per-key limiter queues instead of provoking 429s", async () => {
    const strict = await startSandbox({ port: 0, rateLimitPerMinute: 3 });
    try {
      const api = createRecruspaceClient({ baseUrl: strict.url, apiKey: KEY, limiterKey: `integration-${++seq}`, rateLimitPerMinute: 3, maxQueueWaitMs: 500 });
      const results = await Promise.allSettled([1, 2, 3, 4].map(() => api.listCompanyOffices()));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
      const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(rejected.reason).toBeInstanceOf(RateLimitedError);
      expect(strict.requests().total).toBe(3); // the fourth never left the process
    } finally {
      await strict.close();
    }
  });

  it("retries a GET answered 5xx and succeeds", async () => {
    await addFault({ method: "GET", path: "/api/v1/client/companies/offices/", kind: "status", status: 503, count: 2 });
    expect((await client().listCompanyOffices()).items.length).toBeGreaterThan(0);
    expect(await requestCount("GET /api/v1/client/companies/offices/")).toBe(3);
  });

  it("does not repeat a POST that timed out (request hung before being handled)", async () => {
    await addFault({ method: "POST", path: "/api/v1/client/candidates/manual-add/", kind: "hang" });
    const api = client({ timeoutMs: 400 });
    const pool = (await api.listTalentPools()).items[0];
    const email = uniqueEmail("hang");
    expect(await caught(api.manualAddCandidate({ email, first_name: "H", last_name: "G", talent_pool_id: pool?.id }))).toBeInstanceOf(TimeoutError);
    expect(await requestCount("POST /api/v1/client/candidates/manual-add/")).toBe(1);
    expect(await candidatesWithEmail(email)).toHaveLength(0);
  });

  it("does not repeat a POST whose answer was lost after it took effect: exactly one candidate", async () => {
    await addFault({ method: "POST", path: "/api/v1/client/candidates/add/", kind: "hang", after: true });
    const api = client({ uploadTimeoutMs: 400 });
    const pool = (await api.listTalentPools()).items[0];
    const email = uniqueEmail("hang-after");
    const error = await caught(api.createCandidate({ first_name: "H", last_name: "A", email, talent_pool_id: pool?.id, cv_file: { body: new Blob([pdf]), filename: "cv.pdf", contentType: "application/pdf", size: pdf.byteLength } }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(await requestCount("POST /api/v1/client/candidates/add/")).toBe(1);
    expect(await candidatesWithEmail(email)).toHaveLength(1);
    // What callers do instead of retrying: look the candidate up.
    expect((await api.searchCandidatesByEmail(email)).items.map((h) => h.email)).toEqual([email]);
  });

  it("does not retry a POST answered 500", async () => {
    await addFault({ method: "POST", path: "/api/v1/client/talent-pools/create/", kind: "status", status: 500 });
    expect(await caught(client().createTalentPool({ name: "Never twice" }))).toBeInstanceOf(UpstreamError);
    expect(await requestCount("POST /api/v1/client/talent-pools/create/")).toBe(1);
  });

  it("turns a connection reset into NetworkError (GET after its retries, POST at once)", async () => {
    await addFault({ method: "GET", path: "/api/v1/client/companies/users/", kind: "reset", count: 3 });
    expect(await caught(client().listCompanyUsers())).toBeInstanceOf(NetworkError);
    expect(await requestCount("GET /api/v1/client/companies/users/")).toBe(3);
    await addFault({ method: "POST", path: "/api/v1/client/candidates/add-note/", kind: "reset" });
    expect(await caught(client().addNote({ candidate_id: 1, text: "x" }))).toBeInstanceOf(NetworkError);
    expect(await requestCount("POST /api/v1/client/candidates/add-note/")).toBe(1);
  });

  it("a GET recovers from one reset", async () => {
    await addFault({ method: "GET", path: "/api/v1/client/companies/users/", kind: "reset" });
    expect((await client().listCompanyUsers()).items.length).toBeGreaterThan(0);
  });

  it("reports truncated JSON and a required field of the wrong shape as MalformedResponseError naming the path", async () => {
    await addFault({ method: "GET", path: "/api/v1/client/job-posts/", kind: "malformed" });
    const truncated = await caught(client().listJobPosts());
    expect(truncated).toBeInstanceOf(MalformedResponseError);
    expect(truncated.operation).toBe("listJobPosts");
    // A list item with a wrong id no longer fails the list (see the next test), so the wrong shape is a single record's.
    const candidateId = someCandidateId();
    await addFault({ method: "GET", path: `/api/v1/client/candidates/${candidateId}/`, kind: "malformed", body: JSON.stringify({ id: "seven", email: "x@example.com" }) });
    const wrongShape = (await caught(client().getCandidate(candidateId))) as MalformedResponseError;
    expect(wrongShape).toBeInstanceOf(MalformedResponseError);
    expect(wrongShape.issues).toContain("id");
  });

  it("drops and counts list items that lack a required field; tolerant fields of another shape read as null", async () => {
    // Changed meaning: an item without a readable id used to fail the whole list; now it is left out and counted.
    await addFault({
      method: "GET",
      path: "/api/v1/client/talent-pools/",
      kind: "malformed",
      body: JSON.stringify([{ id: "seven", name: "x" }, { id: 7, name: "Kept", candidate_count: "many", created_at: null }, { name: "no id" }]),
    });
    const listed = await client().listTalentPools();
    expect(listed.skipped).toBe(2);
    expect(listed.items).toEqual([expect.objectContaining({ id: 7, name: "Kept", candidate_count: null, created_by: null, created_at: null })]);
    // Nothing is absorbed silently: the dropped items and the unreadable field are reported as drift.
    expect(drift).toContainEqual(expect.objectContaining({ operation: "listTalentPools", issue: "item_dropped" }));
    expect(drift).toContainEqual(expect.objectContaining({ operation: "listTalentPools", path: expect.stringContaining("candidate_count"), issue: "unexpected_kind" }));
  });

  it("a write's 2xx without a readable body is accepted with an unknown value, and a 204 rename is not followed by a second request", async () => {
    const api = client();
    const pool = readValue(await api.createTalentPool({ name: `Unreadable answers ${++seq}` }), 201);
    await control("POST", "/__sandbox/requests/reset");

    // Renamed upstream, answered 204 (older docs): the value is unknown, and nothing is fetched to fill it in.
    await addFault({ method: "PATCH", path: `/api/v1/client/talent-pools/${pool.id}/`, kind: "status", status: 204, after: true });
    expect(await api.updateTalentPool(pool.id, { name: "Renamed behind a 204" })).toEqual({ status: 204, value: null });
    expect((await control<{ total: number }>("GET", "/__sandbox/requests")).total).toBe(1);

    // Noted upstream, answer cut short: a success with unknown details, not an error.
    await addFault({ method: "POST", path: "/api/v1/client/candidates/add-note/", kind: "malformed", after: true });
    expect(await api.addNote({ candidate_id: someCandidateId(), text: "Answer lost in transit." })).toEqual({ status: 200, value: null });

    expect((await api.listTalentPools()).items.find((p) => p.id === pool.id)?.name).toBe("Renamed behind a 204");
    await api.deleteTalentPool(pool.id);
  });

  it("a latency longer than the timeout is a TimeoutError for a GET too, after one attempt", async () => {
    await addFault({ method: "GET", path: "/api/v1/client/companies/offices/", kind: "latency", ms: 600 });
    expect(await caught(client({ timeoutMs: 200 }).listCompanyOffices())).toBeInstanceOf(TimeoutError);
    expect(await requestCount("GET /api/v1/client/companies/offices/")).toBe(1);
  });
});
