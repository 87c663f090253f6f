import { buildPdf } from "../../files/pdf";
import { SANDBOX_DEMO_KEY } from "../../seed-data";
import type { Sandbox } from "../../server";
import type { CandidateRecord } from "../../store/types";
import type { DriftRouteKey } from "../documented";

/** One real answer of the sandbox, as a client received it. */
export interface SampleAnswer {
  route: DriftRouteKey;
  label: string;
  status: number;
  contentType: string;
  body: unknown;
}

const ACME = 1;

/** The richest seeded candidate of Acme: in a post and a pool, with files, history, links and tags. */
function richCandidate(candidates: CandidateRecord[]): CandidateRecord {
  const richness = (c: CandidateRecord) =>
    [c.jobPostHash, c.cvId, c.photoId, c.education.length, c.workExperience.length, c.links.length, c.tagIds.length, c.talentPoolIds.length].filter(Boolean).length;
  return [...candidates].sort((a, b) => richness(b) - richness(a) || a.id - b.id)[0]!;
}

/**
 * Calls every endpoint once through HTTP with the demo key (writes included) and returns the
 * answers. Ids for follow-up calls come from the store, not from answers, so this also works while
 * drifting. `run` keeps emails and titles unique when it is called several times on one sandbox.
 */
export async function collectSampleAnswers(sandbox: Sandbox, run = "1"): Promise<SampleAnswer[]> {
  const { state } = sandbox.store;
  const auth = { Authorization: `Bearer ${SANDBOX_DEMO_KEY}` };
  const answers: SampleAnswer[] = [];
  const call = async (route: DriftRouteKey, label: string, path: string, init: RequestInit = {}) => {
    const response = await fetch(`${sandbox.url}${path}`, { ...init, headers: { ...auth, ...init.headers } });
    const contentType = response.headers.get("content-type") ?? "";
    const body = contentType.startsWith("application/json") ? await response.json() : await response.text();
    answers.push({ route, label, status: response.status, contentType, body });
  };
  const postJson = (route: DriftRouteKey, label: string, path: string, body: unknown, method = "POST") =>
    call(route, label, path, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const pdf = () => new Blob([new Uint8Array(buildPdf([`Drift sample CV ${run}`]))], { type: "application/pdf" });

  const acmeCandidates = state.candidates.filter((c) => c.companyId === ACME);
  const rich = richCandidate(acmeCandidates);
  const poolOnly = acmeCandidates.find((c) => c.jobPostHash === null && c.talentPoolIds.length > 0)!;
  const posts = state.jobPosts.filter((p) => p.companyId === ACME).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const newestPublished = posts.find((p) => p.status === "published")!;
  const remotePost = posts.find((p) => p.officeId === null);
  const pool = state.talentPools.find((p) => p.companyId === ACME && state.candidates.some((c) => c.talentPoolIds.includes(p.id)))!;

  await call("GET /api/v1/client/candidates/{candidate_id}/", "rich candidate", `/api/v1/client/candidates/${rich.id}/`);
  await call("GET /api/v1/client/candidates/{candidate_id}/", "pool-only candidate", `/api/v1/client/candidates/${poolOnly.id}/`);
  await call("GET /api/v1/client/candidates/search-by-email/", "search", "/api/v1/client/candidates/search-by-email/?email=example.org");
  await call("GET /api/v1/client/companies/offices/", "offices", "/api/v1/client/companies/offices/");
  await call("GET /api/v1/client/companies/users/", "users", "/api/v1/client/companies/users/");
  await call("GET /api/v1/client/job-posts/", "first page", "/api/v1/client/job-posts/");
  await call("GET /api/v1/client/job-posts/", "last page", "/api/v1/client/job-posts/?page=2");
  await call("GET /api/v1/client/job-posts/{job_post_hash}/", "newest published post", `/api/v1/client/job-posts/${newestPublished.hash}/`);
  if (remotePost) await call("GET /api/v1/client/job-posts/{job_post_hash}/", "post without office", `/api/v1/client/job-posts/${remotePost.hash}/`);
  await call("GET /api/v1/client/job-posts/{job_post_hash}/questions/", "every question type", `/api/v1/client/job-posts/${newestPublished.hash}/questions/`);
  await call("GET /api/v1/client/talent-pools/", "pools", "/api/v1/client/talent-pools/");
  await call("GET /api/v1/client/talent-pools/{talent_pool_id}/candidates/", "pool members", `/api/v1/client/talent-pools/${pool.id}/candidates/`);

  const upload = new FormData();
  upload.set("file", pdf(), "cv.pdf");
  await call("POST /api/v1/utilities/upload-file/", "upload", "/api/v1/utilities/upload-file/", { method: "POST", body: upload });
  const uploadedId = state.documents.at(-1)!.id;
  await postJson("POST /api/v1/client/candidates/manual-add/", "manual add", "/api/v1/client/candidates/manual-add/", {
    email: `drift.manual.${run}@example.com`, first_name: "Dana", last_name: "Drift", cv: String(uploadedId), talent_pool_id: pool.id,
  });
  const form = new FormData();
  for (const [name, value] of Object.entries({ email: `drift.create.${run}@example.com`, first_name: "Cody", last_name: "Create", talent_pool_id: String(pool.id) })) form.set(name, value);
  form.set("cv_file", pdf(), "cv.pdf");
  await call("POST /api/v1/client/candidates/add/", "create candidate", "/api/v1/client/candidates/add/", { method: "POST", body: form });
  await postJson("POST /api/v1/client/candidates/add-note/", "note", "/api/v1/client/candidates/add-note/", { candidate_id: rich.id, text: `Drift note ${run}` });
  await postJson("POST /api/v1/client/candidates/add-tag/", "tag", "/api/v1/client/candidates/add-tag/", { candidate_id: rich.id, title: `Drift tag ${run}` });
  await postJson("POST /api/v1/client/talent-pools/create/", "create pool", "/api/v1/client/talent-pools/create/", { name: `Drift pool ${run}` });
  const createdPool = state.talentPools.at(-1)!;
  await postJson("PATCH /api/v1/client/talent-pools/{talent_pool_id}/", "rename pool", `/api/v1/client/talent-pools/${createdPool.id}/`, { name: `Drift pool ${run} (renamed)` }, "PATCH");
  const requiredAnswers = newestPublished.questions
    .filter((q) => q.required)
    .map((q) => ({
      job_post_question: { id: q.id, question_key: q.questionKey },
      answer: { phone: "+49 30 1234567", email: "drift@example.com", boolean: "true" }[q.type as string] ?? q.options[0] ?? "yes",
    }));
  await postJson("POST /api/v1/client/job-posts/{job_post_hash}/apply/", "apply", `/api/v1/client/job-posts/${newestPublished.hash}/apply/`, {
    email: `drift.apply.${run}@example.com`, first_name: "Abby", last_name: "Apply", cv: uploadedId, terms_of_use: true, answers: requiredAnswers,
  });
  return answers;
}
