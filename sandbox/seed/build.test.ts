import { describe, expect, it } from "vitest";
import { sniffDocumentKind } from "../files/sniff";
import { QUESTION_TYPES } from "../store/types";
import { SANDBOX_DEMO_KEY, SANDBOX_KEYS } from "../seed-data";
import { buildSeedState } from "./build";

describe("buildSeedState", () => {
  const state = buildSeedState();
  const acme = state.companies.find((c) => c.slug === "acme")!;
  const of = <T extends { companyId: number }>(list: T[], companyId = acme.id) => list.filter((x) => x.companyId === companyId);

  it("is deterministic (same ids and bytes on every build)", () => {
    expect(JSON.stringify(buildSeedState())).toBe(JSON.stringify(state));
  });

  it("seeds three companies with one working key each; the demo key is Acme Robotics'", () => {
    expect(state.companies.map((c) => c.name)).toEqual(["Acme Robotics", "Globex Corporation", "Initech"]);
    expect(state.apiKeys.map((k) => k.key)).toEqual(Object.values(SANDBOX_KEYS));
    expect(state.apiKeys.find((k) => k.key === SANDBOX_DEMO_KEY)?.companyId).toBe(acme.id);
  });

  it("gives Acme ≥ 30 job posts in every status, asking every question type", () => {
    const posts = of(state.jobPosts);
    expect(posts.length).toBeGreaterThanOrEqual(30);
    expect(new Set(posts.map((p) => p.status))).toEqual(new Set(["draft", "published", "closed", "archived"]));
    expect(new Set(posts.flatMap((p) => p.questions.map((q) => q.type)))).toEqual(new Set(QUESTION_TYPES));
    for (const q of posts.flatMap((p) => p.questions)) {
      if (q.type === "single_choice" || q.type === "multiple_choice") expect(q.options.length).toBeGreaterThan(1);
    }
  });

  it("gives Acme ≥ 6 pools and ≥ 200 rich candidates, each in a pool or a post", () => {
    expect(of(state.talentPools).length).toBeGreaterThanOrEqual(6);
    const candidates = of(state.candidates);
    expect(candidates.length).toBeGreaterThanOrEqual(200);
    for (const c of candidates) expect(c.talentPoolIds.length > 0 || c.jobPostHash !== null).toBe(true);
    expect(candidates.filter((c) => c.photoId !== null).length).toBeGreaterThan(20);
    expect(candidates.filter((c) => c.tagIds.length > 0).length).toBeGreaterThan(20);
    expect(candidates.every((c) => c.education.length > 0 && c.links.length > 0 && c.skills.length > 0)).toBe(true);
  });

  it("keeps candidate emails unique within a company and never seeds candidates into drafts", () => {
    for (const company of state.companies) {
      const emails = of(state.candidates, company.id).map((c) => c.email.toLowerCase());
      expect(new Set(emails).size).toBe(emails.length);
    }
    const drafts = new Set(state.jobPosts.filter((p) => p.status === "draft").map((p) => p.hash));
    expect(state.candidates.some((c) => c.jobPostHash && drafts.has(c.jobPostHash))).toBe(false);
  });

  it("stores real documents: CVs are PDF/DOCX by content, photos are PNGs", () => {
    const cvIds = new Set(state.candidates.map((c) => c.cvId));
    for (const doc of state.documents) {
      const bytes = Buffer.from(doc.contentBase64, "base64");
      expect(bytes.length).toBe(doc.fileSize);
      if (cvIds.has(doc.id)) expect(["pdf", "docx"]).toContain(sniffDocumentKind(bytes));
      else expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    }
  });

  it("uses unique ids across every record kind", () => {
    const ids = [
      ...state.documents, ...state.users, ...state.companyUsers, ...state.offices, ...state.talentPools, ...state.candidates, ...state.tags,
      ...state.jobPosts.flatMap((p) => p.questions),
    ].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.max(...ids)).toBeLessThan(state.nextId);
  });
});
