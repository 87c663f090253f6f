import { describe, expect, it } from "vitest";
import { docxBytes, fileForm, pdfBytes, textPretendingToBePdf } from "../support/files/documents";
import { firstPoolWithCandidates, someCandidate, uniqueEmail } from "../support/contract/fixtures";
import { candidateDetailSchema } from "../support/contract/shapes";
import { call, LIVE, useTarget, type Target } from "../support/contract/target";

const C = "/api/v1/client/candidates/";

describe("Get Candidate and Search Candidate by Email", () => {
  const target = useTarget();

  it("GET candidates/{id}/ → the full candidate detail", async () => {
    const candidate = await someCandidate(target);
    const response = await call(target, `${C}${candidate.id}/`);
    expect(response.status).toBe(200);
    expect(candidateDetailSchema.parse(response.body)).toMatchObject({ id: candidate.id, email: candidate.email });
  });

  it("an unknown candidate → 404 Not found.", async () => {
    const response = await call(target, `${C}999999999/`);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: "Not found." });
  });

  it("search-by-email matches substrings case-insensitively and answers a plain array of {id,email}", async () => {
    const candidate = await someCandidate(target);
    const part = candidate.email.split("@")[0]!.toUpperCase();
    const response = await call(target, `${C}search-by-email/?email=${encodeURIComponent(part)}`);
    expect(response.status).toBe(200);
    expect(Array.isArray(response.body)).toBe(true);
    expect(response.body).toContainEqual({ id: candidate.id, email: candidate.email });
    for (const hit of response.body) expect(hit.email.toLowerCase()).toContain(part.toLowerCase());
  });

  it("search-by-email with no match → [], without email → 400", async () => {
    expect((await call(target, `${C}search-by-email/?email=no-such-person-${Date.now()}@nowhere.test`)).body).toEqual([]);
    for (const query of ["", "?email=", "?email=%20"]) {
      const response = await call(target, `${C}search-by-email/${query}`);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ email: ["This field is required."] });
    }
  });

  it.skipIf(LIVE)("seeded candidates have a downloadable CV and realistic detail", async () => {
    const candidate = await someCandidate(target);
    const detail = candidateDetailSchema.parse((await call(target, `${C}${candidate.id}/`)).body);
    expect(detail.company).toBe("Acme Robotics");
    expect(detail.education.length).toBeGreaterThan(0);
    expect(detail.talent_pools.length).toBeGreaterThan(0);
    if (detail.cv) {
      const download = await fetch(detail.cv.presigned_url);
      expect(download.status).toBe(200);
      expect(download.headers.get("content-type")).toBe(detail.cv.type);
      expect(Number(download.headers.get("content-length"))).toBe(detail.cv.file_size);
    }
  });
});

describe.skipIf(LIVE)("Add Note and Add Tag (sandbox)", () => {
  const target = useTarget();

  it("add-note → 201 {id,text,created_at,updated_at}", async () => {
    const candidate = await someCandidate(target);
    const response = await call(target, `${C}add-note/`, { method: "POST", json: { candidate_id: candidate.id, text: "Great communication skills." } });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(Number), text: "Great communication skills.", created_at: expect.any(String), updated_at: expect.any(String) });
  });

  it("add-note validates (400) before looking the candidate up (404)", async () => {
    expect((await call(target, `${C}add-note/`, { method: "POST", json: {} })).body).toEqual({ candidate_id: ["This field is required."], text: ["This field is required."] });
    expect((await call(target, `${C}add-note/`, { method: "POST", json: { candidate_id: "abc", text: "x" } })).body).toEqual({ candidate_id: ["A valid integer is required."] });
    const missing = await call(target, `${C}add-note/`, { method: "POST", json: { candidate_id: 999999999, text: "x" } });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ detail: "Not found." });
  });

  it("add-tag → 201 {id,title}; the same title in any case → 409; the tag shows on the candidate", async () => {
    const candidate = await someCandidate(target);
    const created = await call(target, `${C}add-tag/`, { method: "POST", json: { candidate_id: candidate.id, title: "Night owl" } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(Number), title: "Night owl" });
    const duplicate = await call(target, `${C}add-tag/`, { method: "POST", json: { candidate_id: candidate.id, title: "NIGHT OWL" } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toEqual({ detail: "This tag already exists on the candidate." });
    const detail = (await call(target, `${C}${candidate.id}/`)).body;
    expect(detail.tags).toContainEqual({ id: created.body.id, title: "Night owl" });
  });

  it("add-tag on an unknown candidate → 404; without title → 400", async () => {
    expect((await call(target, `${C}add-tag/`, { method: "POST", json: { candidate_id: 999999999, title: "x" } })).status).toBe(404);
    expect((await call(target, `${C}add-tag/`, { method: "POST", json: { candidate_id: 1 } })).body).toEqual({ title: ["This field is required."] });
  });
});

async function uploadCv(target: Target, bytes = pdfBytes()) {
  const response = await call(target, "/api/v1/utilities/upload-file/", { method: "POST", form: fileForm("file", bytes, "cv.pdf", { folder_key: "cv" }) });
  expect(response.status).toBe(201);
  return response.body.content as { id: number };
}

describe.skipIf(LIVE)("Add Candidate to Job Post or Talent Pool — manual-add (sandbox)", () => {
  const target = useTarget();
  const M = `${C}manual-add/`;

  it("201 CandidateDetail in the pool, with the uploaded CV (id as string or number)", async () => {
    const pool = await firstPoolWithCandidates(target);
    const cv = await uploadCv(target);
    for (const cvValue of [String(cv.id), cv.id]) {
      const email = uniqueEmail("manual");
      const response = await call(target, M, { method: "POST", json: { email, first_name: "Grace", last_name: "Hopper", cv: cvValue, talent_pool_id: pool.id } });
      expect(response.status).toBe(201);
      const detail = candidateDetailSchema.parse(response.body);
      expect(detail).toMatchObject({ email, entry_method: "manual", source_platform: "api", job_post: null, talent_pools: [{ id: pool.id }] });
      expect(detail.cv?.id).toBe(cv.id);
    }
  });

  it("attaches to both a post and a pool when both are given", async () => {
    const pool = await firstPoolWithCandidates(target);
    const post = (await call(target, "/api/v1/client/job-posts/?status=published&page_size=1")).body.results[0];
    const response = await call(target, M, { method: "POST", json: { email: uniqueEmail(), first_name: "A", last_name: "B", job_post: post.hash, talent_pool_id: pool.id, source_platform: "zapier" } });
    expect(response.status).toBe(201);
    expect(response.body.job_post.hash).toBe(post.hash);
    expect(response.body.talent_pools[0].id).toBe(pool.id);
    expect(response.body.source_platform).toBe("zapier");
  });

  it("400 for missing fields and for no target at all", async () => {
    const response = await call(target, M, { method: "POST", json: { email: "not-an-email" } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      email: ["Enter a valid email address."],
      first_name: ["This field is required."],
      last_name: ["This field is required."],
      non_field_errors: ["Provide a job_post or a talent_pool_id."],
    });
  });

  it("400 for a cv id that is not an uploaded document of this company", async () => {
    const pool = await firstPoolWithCandidates(target);
    const response = await call(target, M, { method: "POST", json: { email: uniqueEmail(), first_name: "A", last_name: "B", cv: "999999999", talent_pool_id: pool.id } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ cv: ["Invalid document id."] });
  });

  it("404 for an unknown pool or post", async () => {
    expect((await call(target, M, { method: "POST", json: { email: uniqueEmail(), first_name: "A", last_name: "B", talent_pool_id: 999999999 } })).status).toBe(404);
    expect((await call(target, M, { method: "POST", json: { email: uniqueEmail(), first_name: "A", last_name: "B", job_post: "nope" } })).status).toBe(404);
  });

  it("409 when the email is already in that pool (case-insensitive); fine in another pool", async () => {
    const pools = (await call(target, "/api/v1/client/talent-pools/")).body as { id: number }[];
    const email = uniqueEmail("dup");
    const body = { email, first_name: "A", last_name: "B", talent_pool_id: pools[0]!.id };
    expect((await call(target, M, { method: "POST", json: body })).status).toBe(201);
    const again = await call(target, M, { method: "POST", json: { ...body, email: email.toUpperCase() } });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ detail: "A candidate with this email already exists in this talent pool." });
    expect((await call(target, M, { method: "POST", json: { ...body, talent_pool_id: pools[1]!.id } })).status).toBe(201);
  });
});

describe.skipIf(LIVE)("Create Candidate — multipart with cv_file (sandbox)", () => {
  const target = useTarget();
  const ADD = `${C}add/`;
  const fields = async (extra: Record<string, string> = {}) => ({
    first_name: "Linus",
    last_name: "Torvalds",
    email: uniqueEmail("create"),
    talent_pool_id: String((await firstPoolWithCandidates(target)).id),
    phone_number: "+358 9 1234567",
    ...extra,
  });

  it("201 with the CV stored as a document (type decided by content)", async () => {
    const form = fileForm("cv_file", docxBytes(), "linus.docx", await fields(), "application/octet-stream");
    const response = await call(target, ADD, { method: "POST", form });
    expect(response.status).toBe(201);
    const detail = candidateDetailSchema.parse(response.body);
    expect(detail.cv?.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(detail.phone_number).toBe("+358 9 1234567");
    const download = await fetch(detail.cv!.presigned_url);
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(docxBytes()))).toBe(true);
  });

  it("400 for a file that only claims to be a PDF, and for a missing file and fields", async () => {
    const fake = await call(target, ADD, { method: "POST", form: fileForm("cv_file", textPretendingToBePdf(), "cv.pdf", await fields()) });
    expect(fake.status).toBe(400);
    expect(fake.body).toEqual({ cv_file: ["Unsupported file type. Upload a PDF, DOC or DOCX file."] });
    const form = new FormData();
    form.append("email", "x@example.test");
    const missing = await call(target, ADD, { method: "POST", form });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      first_name: ["This field is required."],
      last_name: ["This field is required."],
      non_field_errors: ["Provide a job_post or a talent_pool_id."],
      cv_file: ["No file was submitted."],
    });
  });

  it("409 for the same email in the same pool; 404 for an unknown pool", async () => {
    const base = await fields();
    expect((await call(target, ADD, { method: "POST", form: fileForm("cv_file", pdfBytes(), "cv.pdf", base) })).status).toBe(201);
    const again = await call(target, ADD, { method: "POST", form: fileForm("cv_file", pdfBytes(), "cv.pdf", base) });
    expect(again.status).toBe(409);
    expect((await call(target, ADD, { method: "POST", form: fileForm("cv_file", pdfBytes(), "cv.pdf", { ...base, email: uniqueEmail(), talent_pool_id: "999999999" }) })).status).toBe(404);
  });

  it("a JSON body is refused with 415", async () => {
    const response = await call(target, ADD, { method: "POST", json: await fields() });
    expect(response.status).toBe(415);
  });
});
