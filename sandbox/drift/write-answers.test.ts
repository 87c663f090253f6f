import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../server";
import { perturbBody } from "./perturb";
import { collectSampleAnswers, type SampleAnswer } from "./testing/samples";
import { UPLOAD_ROUTE } from "./upload-answer";
import { WRITE_ROUTES, writeShapeFor, type WriteShape } from "./write-answers";

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

let sandbox: Sandbox;
/** Every endpoint's answer under each seed, with how much the store grew meanwhile. */
const runs: { seed: number; answers: SampleAnswer[]; grew: Record<string, number> }[] = [];

const storeSizes = (s: Sandbox) => {
  const { state } = s.store;
  return {
    documents: state.documents.length,
    candidates: state.candidates.length,
    notes: state.notes.length,
    tags: state.tags.length,
    talentPools: state.talentPools.length,
    applications: state.applications.length,
    tagsOnCandidates: state.candidates.reduce((sum, c) => sum + c.tagIds.length, 0),
  };
};

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimitPerMinute: 100_000 });
  for (const seed of SEEDS) {
    sandbox.setDrift(seed);
    const before = storeSizes(sandbox);
    const answers = await collectSampleAnswers(sandbox, `seed-${seed}`);
    const after = storeSizes(sandbox);
    runs.push({ seed, answers, grew: Object.fromEntries(Object.entries(after).map(([name, size]) => [name, size - before[name as keyof typeof before]])) });
  }
}, 60_000);
afterAll(() => sandbox.close());

function looksLike(shape: WriteShape, answer: SampleAnswer): boolean {
  const body = answer.body as Record<string, unknown>;
  switch (shape) {
    case "as-is":
      return typeof body === "object" && !Array.isArray(body) && "id" in body;
    case "empty":
      return JSON.stringify(body) === "{}";
    case "detail":
      return JSON.stringify(body) === JSON.stringify({ detail: answer.status === 201 ? "Created." : "OK." });
    case "wrapped":
      return body.success === "OK" && typeof body.content === "object" && "id" in (body.content as object);
    case "list":
      return Array.isArray(body) && body.length === 1 && "id" in (body[0] as object);
    case "text":
      return answer.contentType.startsWith("text/plain") && answer.body === (answer.status === 201 ? "Created" : "OK");
  }
}

describe("drifted write answers", () => {
  it("still make every write happen exactly once", () => {
    // Per run: upload + create-candidate CV; manual-add, create and apply candidates; one note, one new tag on one candidate, one pool.
    for (const run of runs) {
      expect(run.grew, `seed ${run.seed}`).toEqual({ documents: 2, candidates: 3, notes: 1, tags: 1, talentPools: 1, applications: 1, tagsOnCandidates: 1 });
      for (const answer of run.answers) expect(answer.status, `seed ${run.seed} ${answer.route}`).toBeOneOf([200, 201]);
    }
  });

  it("answer the same shape per seed and route, and every other shape occurs", () => {
    const seen = new Set<WriteShape>();
    for (const run of runs) {
      for (const answer of run.answers.filter((a) => WRITE_ROUTES.has(a.route))) {
        const shape = writeShapeFor(run.seed, answer.route);
        seen.add(shape);
        expect(looksLike(shape, answer), `seed ${run.seed} ${answer.route}: ${shape} ${JSON.stringify(answer.body).slice(0, 120)}`).toBe(true);
      }
    }
    expect([...seen].sort()).toEqual(["as-is", "detail", "empty", "list", "text", "wrapped"]);
  });

  it("record a whole-body change under the path \"\" and field changes where they now are", () => {
    const recorded = sandbox.driftApplied();
    const lastSeed = SEEDS.at(-1)!;
    for (const route of WRITE_ROUTES) {
      const entries = recorded[route] ?? [];
      const shape = writeShapeFor(lastSeed, route);
      if (shape === "wrapped") expect(entries.filter((p) => p.path !== "" && p.path !== "success").every((p) => p.path.startsWith("content."))).toBe(true);
      if (shape === "list") expect(entries.filter((p) => p.path !== "").every((p) => p.path.startsWith("[]."))).toBe(true);
      if (shape !== "as-is") expect(entries.some((p) => p.path === "")).toBe(true);
    }
  });
});

describe("drifted Upload File answers", () => {
  const uploads = () => runs.map((run) => ({ seed: run.seed, answer: run.answers.find((a) => a.route === UPLOAD_ROUTE)! }));
  const documentIdOf = (body: Record<string, unknown>) => (typeof body.content === "object" && body.content !== null ? (body.content as Record<string, unknown>).id : body.id);

  it("keep the document id findable, as a number or a string of digits, wrapped or bare", () => {
    const forms = new Set<string>();
    for (const { seed, answer } of uploads()) {
      const body = answer.body as Record<string, unknown>;
      const id = documentIdOf(body);
      expect(String(id), `seed ${seed}`).toMatch(/^\d+$/);
      expect(sandbox.store.documentById(Number(id))?.companyId, `seed ${seed}`).toBe(1);
      forms.add(`${"content" in body ? "wrapped" : "bare"} ${typeof id}`);
    }
    expect([...forms].sort()).toEqual(["bare number", "bare string", "wrapped number", "wrapped string"]);
  });

  it("only rename or add the other fields, and rename each of them under some seed", () => {
    const file = { id: 7, path: "companies/1/cv/x.pdf", name: "x.pdf", type: "application/pdf", file_size: 10, base: "http://h", presigned_url: "http://h/files/7/x.pdf", uploaded_at: "2026-06-01T09:00:00.000Z" };
    const renamed = new Set<string>();
    for (const seed of SEEDS) {
      const { applied } = perturbBody(seed, UPLOAD_ROUTE, { success: "OK", content: file });
      for (const p of applied) {
        const isShapeChange = (p.path === "success" && p.change === "dropped") || (p.path === "content" && p.change === "renamed") || ((p.path === "id" || p.path === "content.id") && p.change === "kind");
        expect(isShapeChange || p.change === "renamed" || p.change === "added", JSON.stringify(p)).toBe(true);
        if (p.change === "renamed") renamed.add(p.path.replace(/^content\./, ""));
      }
    }
    expect([...renamed]).toEqual(expect.arrayContaining(["success", "path", "name", "type", "file_size", "base", "presigned_url", "uploaded_at"]));
  });
});
