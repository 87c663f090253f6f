import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storeApiKey } from "@/lib/vault/api-keys";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import type { TenantContext } from "@/lib/tenancy/context";
import { serveApplication } from "@/lib/candidates/apply-route";
import { loadApplyQuestions } from "@/lib/candidates/apply";
import { applicationBody, ENVELOPE_LENGTH_HEADER } from "@/lib/candidates/application-upload";
import { initialAnswer, QUESTION_TYPES, type Question } from "@/lib/candidates/apply-schema";
import type { ActionResult } from "@/lib/errors/result";
import type { ApplyOutcome } from "@/lib/candidates/apply";
import { buildAvatarPng } from "@/sandbox/files/png";
import { startSandbox, type Sandbox } from "@/sandbox/server";
import { SANDBOX_DEMO_KEY } from "@/sandbox/seed-data";
import type { QuestionRecord as SandboxQuestion } from "@/sandbox/store/types";
import { pdfBytes } from "../support/files/documents";

/**
 * Apply through the streaming route (lib/candidates/apply-route.ts) against a real sandbox: every
 * question type including a file, Recruspace's refusals next to the fields, a lost answer, a body
 * that does not match its files, and questions whose inferred fields drift.
 */

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const savedEnv = { ...process.env };
let sandbox: Sandbox;
let server: http.Server;
let routeUrl: string;
let tenant: TenantContext;
let everyTypeHash: string;
let requiredFileHash: string;

/** The sandbox's own record of a post's questions (undrifted), to answer the way a person would. */
function sandboxQuestions(hash: string): SandboxQuestion[] {
  return sandbox.store.state.jobPosts.find((post) => post.hash === hash)!.questions;
}

type Upload = { values: Record<string, unknown>; files: { name: string; file: Blob }[]; extraBytes?: number };

async function applyThroughRoute(hash: string, upload: Upload): Promise<{ status: number; answer: ActionResult<ApplyOutcome> & { reason?: string } }> {
  const { body, envelopeLength } = applicationBody(upload.values, upload.files);
  const response = await fetch(`${routeUrl}?hash=${encodeURIComponent(hash)}`, {
    method: "POST",
    headers: { [ENVELOPE_LENGTH_HEADER]: String(envelopeLength), "content-type": "application/octet-stream" },
    body: upload.extraBytes ? new Blob([body, new Uint8Array(upload.extraBytes)]) : body,
  });
  return { status: response.status, answer: await response.json() };
}

function applicant(prefix: string) {
  return { firstName: "Grace", lastName: "Hopper", email: `${prefix}.${randomUUID().slice(0, 8)}@apply.example`, cv: null, termsOfUse: true };
}

/** What a person would fill in for each type, in the form's own representation. */
function formAnswer(type: Question["type"], record: SandboxQuestion): unknown {
  switch (type) {
    case "short_text":
      return record.type === "short_text" ? "Staff engineer" : textOf(record);
    case "long_text":
      return "Because I like building robots.";
    case "number":
      return "7";
    case "boolean":
      return "true";
    case "single_choice":
      return record.options[1];
    case "multiple_choice":
      return record.options.slice(0, 2);
    case "date":
      return "2026-09-01";
    case "email":
      return "ref@apply.example";
    case "phone":
      return "+31 20 123 4567";
    case "url":
      return "https://example.com/portfolio";
    case "education":
      return [{ school_name: "MIT", degree: "bachelors_degree", major: "Math", start_date: "2010-09-01", end_date: "2014-06-30" }];
    case "experience":
      return [{ company_name: "Navy", position_title: "Officer", start_date: "1943-01-01", end_date: "" }];
    case "file":
      return null;
  }
}

/** The text a person types when a question is asked as text: Recruspace's answer string for its real type. */
function textOf(record: SandboxQuestion): string {
  if (record.type === "multiple_choice") return JSON.stringify(record.options.slice(0, 1));
  if (record.type === "single_choice") return record.options[0]!;
  if (record.type === "boolean") return "true";
  if (record.type === "email") return "ref@apply.example";
  if (record.type === "phone") return "+31 20 123 4567";
  return "An answer";
}

function png(padTo = 0): Uint8Array {
  const image = buildAvatarPng([30, 90, 160]);
  const bytes = new Uint8Array(Math.max(image.length, padTo));
  bytes.set(image);
  return bytes;
}

/** The form's values and files for these questions: every question answered, or only the required ones. */
function fill(questions: Question[], hash: string, file: Uint8Array, only: "all" | "required" = "all"): Upload {
  const records = sandboxQuestions(hash);
  const answers: Record<string, unknown> = {};
  const files: Upload["files"] = [];
  for (const question of questions) {
    const record = records.find((r) => r.id === question.id)!;
    if (only === "required" && !record.required && !(question.type === "file" && record.type === "file")) {
      answers[question.name] = initialAnswer(question);
    } else if (question.type === "file") {
      answers[question.name] = { name: "photo.png", type: "image/png", size: file.byteLength };
      files.push({ name: question.name, file: new Blob([file as BlobPart]) });
    } else {
      answers[question.name] = formAnswer(question.type, record);
    }
  }
  return { values: { ...applicant("apply"), answers }, files };
}

async function sandboxApplyCalls(hash: string): Promise<number> {
  const counts = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { byRoute: Record<string, number> };
  return counts.byRoute[`POST /api/v1/client/job-posts/${hash}/apply/`] ?? 0;
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 100_000 });
  process.env.RECRUSPACE_MASTER_KEYS = `k1:${randomBytes(32).toString("base64")}`;
  process.env.RECRUSPACE_MASTER_KEY_ID = "k1";
  process.env.RECRUSPACE_ALLOWED_BASE_URLS = sandbox.url;
  process.env.RECRUSPACE_TIMEOUT_MS = "1500";
  const suffix = randomUUID().slice(0, 8);
  const workspace = await db().tenant.create({ data: { name: `Apply ${suffix}` } });
  const user = await db().user.create({ data: { email: `m-${suffix}@apply.test`, name: "Member", passwordHash: "unused" } });
  await db().membership.create({ data: { tenantId: workspace.id, userId: user.id, role: "member" } });
  await storeApiKey(db(), { tenantId: workspace.id, label: "sandbox", baseUrl: sandbox.url, apiKey: SANDBOX_DEMO_KEY, createdById: user.id });
  tenant = { userId: user.id, userEmail: user.email, userName: user.name ?? "", tenantId: workspace.id, tenantName: workspace.name, role: "member", memberships: [] };

  server = http.createServer((req, res) => {
    void serveApplication(req, res, { gate: async () => ({ ...tenant, ip: "127.0.0.1" }), client: recruspaceForTenant, maxBytes: MAX_FILE_BYTES });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  routeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/uploads/application`;

  const published = sandbox.store.state.jobPosts.filter((post) => post.status === "published" && post.companyId === sandbox.store.companyForKey(SANDBOX_DEMO_KEY)!.id);
  everyTypeHash = published.find((post) => QUESTION_TYPES.every((type) => post.questions.some((q) => q.type === type)))!.hash;
  requiredFileHash = published.find((post) => post.questions.some((q) => q.type === "file" && q.required))!.hash;
});

afterAll(async () => {
  process.env = savedEnv;
  server?.closeAllConnections();
  server?.close();
  await sandbox?.close();
});

beforeEach(async () => {
  sandbox.setDrift(null);
  await fetch(`${sandbox.url}/__sandbox/faults`, { method: "DELETE" });
});

describe("applying with every question type, a file included", () => {
  it("sends one multipart Apply: the answers are recorded, the photo becomes the candidate's", async () => {
    const api = await recruspaceForTenant(tenant.tenantId);
    const { questions } = await loadApplyQuestions(api, everyTypeHash);
    // Over a MiB, so the photo crosses many socket chunks on its way through.
    const photo = png(3 * 1024 * 1024 + 17);
    const upload = fill(questions, everyTypeHash, photo);
    const before = await sandboxApplyCalls(everyTypeHash);

    const { status, answer } = await applyThroughRoute(everyTypeHash, upload);
    expect(status).toBe(200);
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    expect(await sandboxApplyCalls(everyTypeHash)).toBe(before + 1);

    const email = (upload.values as { email: string }).email;
    const candidate = sandbox.store.state.candidates.find((c) => c.email === email)!;
    expect(answer.ok && answer.data.candidateId).toBe(candidate.id);
    const application = sandbox.store.state.applications.find((a) => a.candidateId === candidate.id)!;
    expect(application).toMatchObject({ jobPostHash: everyTypeHash, termsOfUse: true });
    expect(application.answers.map((a) => a.questionKey).sort()).toEqual(sandboxQuestions(everyTypeHash).map((q) => q.questionKey).sort());
    const photoQuestion = sandboxQuestions(everyTypeHash).find((q) => q.type === "file")!;
    const photoAnswer = application.answers.find((a) => a.questionId === photoQuestion.id)!.answer;
    expect(candidate.photoId).toBe(Number(photoAnswer));
    const stored = sandbox.store.state.documents.find((d) => d.id === candidate.photoId)!;
    expect(stored).toMatchObject({ type: "image/png", fileSize: photo.byteLength });
    expect(Buffer.from(stored.contentBase64, "base64").equals(Buffer.from(photo))).toBe(true);
    expect(application.answers.find((a) => a.questionKey === "Languages")!.answer).toBe(JSON.stringify(optionsOf("Languages").slice(0, 2)));
    expect(candidate.education.map((e) => e.school_name)).toEqual(["MIT"]);
    expect(candidate.workExperience.map((e) => e.company_name)).toEqual(["Navy"]);

    const audit = await db().auditEvent.findFirst({ where: { tenantId: tenant.tenantId, action: "candidate.applied", targetId: String(candidate.id) } });
    expect(JSON.parse(audit!.metadata!)).toMatchObject({ jobPost: everyTypeHash, files: 1 });

    const again = await applyThroughRoute(everyTypeHash, { ...upload, values: { ...upload.values } });
    expect(again.answer).toMatchObject({ ok: false, code: "conflict", error: "This person has already applied to this job post." });
  });

  it("puts Recruspace's refusal of a file next to its question", async () => {
    const api = await recruspaceForTenant(tenant.tenantId);
    const { questions } = await loadApplyQuestions(api, everyTypeHash);
    const upload = fill(questions, everyTypeHash, pdfBytes());
    const { answer } = await applyThroughRoute(everyTypeHash, upload);
    const photoQuestion = questions.find((q) => q.type === "file")!;
    expect(answer).toMatchObject({ ok: false, code: "validation", error: "Recruspace refused some answers. Please check the highlighted fields." });
    expect(!answer.ok && answer.fieldErrors?.[`answers.${photoQuestion.name}`]).toEqual(["Unsupported file type. Upload a PNG, JPEG, GIF or WEBP image."]);
  });

  it("checks the answers against the questions before a file is read: a required file left out never reaches Recruspace", async () => {
    const api = await recruspaceForTenant(tenant.tenantId);
    const { questions } = await loadApplyQuestions(api, requiredFileHash);
    const fileQuestion = questions.find((q) => q.type === "file")!;
    const upload = fill(questions, requiredFileHash, png());
    const before = await sandboxApplyCalls(requiredFileHash);
    const { status, answer } = await applyThroughRoute(requiredFileHash, { values: { ...upload.values, answers: { ...(upload.values.answers as object), [fileQuestion.name]: null } }, files: [] });
    expect(status).toBe(400);
    expect(!answer.ok && answer.fieldErrors?.[`answers.${fileQuestion.name}`]).toEqual(["This question is required."]);
    expect(await sandboxApplyCalls(requiredFileHash)).toBe(before);
    expect(sandbox.store.state.candidates.some((c) => c.email === (upload.values as { email: string }).email)).toBe(false);
  });

  it("asks for a reload when the post has a required question the page did not show", async () => {
    const api = await recruspaceForTenant(tenant.tenantId);
    const { questions } = await loadApplyQuestions(api, requiredFileHash);
    const upload = fill(questions, requiredFileHash, png());
    const phone = questions.find((q) => q.type === "phone")!;
    const { [phone.name]: _unseen, ...answers } = upload.values.answers as Record<string, unknown>;
    const { answer } = await applyThroughRoute(requiredFileHash, { ...upload, values: { ...upload.values, answers } });
    expect(answer).toMatchObject({ ok: false, code: "validation", error: "The job post has new required questions since this page was opened. Reload the page to answer them." });
  });

  it("refuses a body whose size does not match its declared files, and one whose files do not match the answers", async () => {
    const api = await recruspaceForTenant(tenant.tenantId);
    const { questions } = await loadApplyQuestions(api, requiredFileHash);
    const upload = fill(questions, requiredFileHash, png());
    const before = await sandboxApplyCalls(requiredFileHash);
    const longer = await applyThroughRoute(requiredFileHash, { ...upload, extraBytes: 5 });
    expect(longer).toMatchObject({ status: 400, answer: { ok: false, code: "validation", reason: "length_mismatch" } });
    const unnamed = await applyThroughRoute(requiredFileHash, { ...upload, files: upload.files.map((f) => ({ ...f, name: "q0" })) });
    expect(unnamed).toMatchObject({ status: 400, answer: { ok: false, reason: "files_mismatch" } });
    expect(await sandboxApplyCalls(requiredFileHash)).toBe(before);
  });

  it("after a lost answer says only that it may or may not have been saved", async () => {
    const api = await recruspaceForTenant(tenant.tenantId);
    const { questions } = await loadApplyQuestions(api, requiredFileHash);
    const upload = fill(questions, requiredFileHash, png());
    await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ method: "POST", path: `/api/v1/client/job-posts/${requiredFileHash}/apply/`, kind: "reset", after: true }),
    });
    const { answer } = await applyThroughRoute(requiredFileHash, upload);
    expect(answer).toMatchObject({ ok: false, code: "network" });
    expect(!answer.ok && answer.error).toMatch(/may or may not have been saved/);
    expect(!answer.ok && answer.error).not.toMatch(/failed|not created|was created/i);
  });
});

describe("applying while the questions' inferred fields drift", () => {
  it.each(["1", "2", "3", "apply"])("seed %s: the form's questions still make one application", async (seed) => {
    sandbox.setDrift(seed);
    const api = await recruspaceForTenant(tenant.tenantId);
    const { questions } = await loadApplyQuestions(api, everyTypeHash);
    expect(questions.map((q) => q.id).sort()).toEqual(sandboxQuestions(everyTypeHash).map((q) => q.id).sort());
    const upload = fill(questions, everyTypeHash, png(), "required");
    const { answer } = await applyThroughRoute(everyTypeHash, upload);
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    const email = (upload.values as { email: string }).email;
    const created = sandbox.store.state.candidates.filter((c) => c.email === email);
    expect(created).toHaveLength(1);
    expect(answer.ok && answer.data.candidateId).toBe(created[0]!.id);
  });
});

function optionsOf(key: string): string[] {
  return sandboxQuestions(everyTypeHash).find((q) => q.questionKey === key)!.options;
}
