import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildAvatarPng } from "../../sandbox/files/png";
import { pdfBytes } from "../support/files/documents";
import { firstJobPost, uniqueEmail } from "../support/contract/fixtures";
import { candidateDetailSchema, jobPostDetailSchema, jobPostSummarySchema, pageSchema, questionSchema } from "../support/contract/shapes";
import { call, LIVE, sandboxOf, useTarget, type Target } from "../support/contract/target";

const LIST = "/api/v1/client/job-posts/";

describe("List Job Posts", () => {
  const target = useTarget();

  it("answers the pagination envelope of job-post summaries", async () => {
    const response = await call(target, LIST);
    expect(response.status).toBe(200);
    pageSchema(jobPostSummarySchema).parse(response.body);
  });

  it("pages with page/page_size; next/previous are absolute URLs keeping both, null at the ends", async () => {
    const first = pageSchema(jobPostSummarySchema).parse((await call(target, `${LIST}?page_size=2`)).body);
    expect(first.previous).toBeNull();
    if (first.count <= 2) return expect(first.next).toBeNull();
    const next = new URL(first.next!);
    expect(next.searchParams.get("page")).toBe("2");
    expect(next.searchParams.get("page_size")).toBe("2");
    const second = pageSchema(jobPostSummarySchema).parse((await call(target, first.next!)).body);
    expect(second.previous).not.toBeNull();
    expect(new URL(second.previous!).searchParams.get("page")).toBe("1");
    expect(second.results.map((p) => p.hash)).not.toContain(first.results[0]!.hash);
  });

  it("clamps page_size above 100 to 100", async () => {
    const page = pageSchema(jobPostSummarySchema).parse((await call(target, `${LIST}?page_size=500`)).body);
    expect(page.results.length).toBe(Math.min(page.count, 100));
  });

  it.each(["999999", "0", "abc"])("page=%s → 404 Invalid page.", async (page) => {
    const response = await call(target, `${LIST}?page=${page}`);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: "Invalid page." });
  });

  it.skipIf(LIVE)("defaults to 20 per page, newest first, and the seed covers every status", async () => {
    const page = pageSchema(jobPostSummarySchema).parse((await call(target, `${LIST}?page_size=100`)).body);
    expect(page.count).toBeGreaterThanOrEqual(30);
    expect(new Set(page.results.map((p) => p.status))).toEqual(new Set(["draft", "published", "closed", "archived"]));
    const dates = page.results.map((p) => p.created_at);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect((await call(target, LIST)).body.results).toHaveLength(20);
  });

  it.skipIf(LIVE)("filters by status and by a case-insensitive title substring; keeps filters in links", async () => {
    const drafts = pageSchema(jobPostSummarySchema).parse((await call(target, `${LIST}?status=draft&page_size=1`)).body);
    expect(drafts.results.every((p) => p.status === "draft")).toBe(true);
    if (drafts.next) expect(new URL(drafts.next).searchParams.get("status")).toBe("draft");
    const engineers = pageSchema(jobPostSummarySchema).parse((await call(target, `${LIST}?search=ENGINEER&page_size=100`)).body);
    expect(engineers.count).toBeGreaterThan(0);
    expect(engineers.results.every((p) => p.title.toLowerCase().includes("engineer"))).toBe(true);
    const none = await call(target, `${LIST}?search=zzzz-no-such-title`);
    expect(none.body).toEqual({ count: 0, next: null, previous: null, results: [] });
  });

  it.skipIf(LIVE)("an unknown status → 400 field error", async () => {
    const response = await call(target, `${LIST}?status=open`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ status: ["Select a valid choice. open is not one of the available choices."] });
  });
});

describe("Get Job Post and List Job Post Questions", () => {
  const target = useTarget();

  it("GET job-posts/{hash}/ → the detail shape", async () => {
    const { hash } = await firstJobPost(target);
    const response = await call(target, `${LIST}${hash}/`);
    expect(response.status).toBe(200);
    expect(jobPostDetailSchema.parse(response.body).hash).toBe(hash);
  });

  it("GET job-posts/{hash}/questions/ → a plain array of questions", async () => {
    const { hash } = await firstJobPost(target);
    const response = await call(target, `${LIST}${hash}/questions/`);
    expect(response.status).toBe(200);
    z.array(questionSchema).parse(response.body);
  });

  it("an unknown hash → 404 on detail, questions and apply", async () => {
    for (const path of [`${LIST}no-such-post-0000/`, `${LIST}no-such-post-0000/questions/`]) {
      const response = await call(target, path);
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ detail: "Not found." });
    }
  });
});

async function publishedPostWithQuestions(target: Target) {
  const page = (await call(target, `${LIST}?status=published&page_size=1`)).body;
  const hash = page.results[0].hash as string;
  const questions = z.array(questionSchema).parse((await call(target, `${LIST}${hash}/questions/`)).body);
  const answer = (key: string, value: string) => {
    const q = questions.find((x) => x.question_key === key)!;
    return { job_post_question: { id: q.id, question_key: q.question_key }, answer: value };
  };
  return { hash, questions, answer };
}

describe.skipIf(LIVE)("Apply to Job Post (sandbox)", () => {
  const target = useTarget();

  it("the newest published post asks every question type", async () => {
    const { questions } = await publishedPostWithQuestions(target);
    expect(new Set(questions.map((q) => q.type)).size).toBe(13);
  });

  it("201 with {id, candidate, job_post, created_at}; the candidate joins the post; same email again → 409", async () => {
    const { hash, answer } = await publishedPostWithQuestions(target);
    const email = uniqueEmail("apply");
    const body = {
      email,
      first_name: "Ada",
      last_name: "Lovelace",
      terms_of_use: true,
      answers: [
        answer("Phone", "+44 20 7946 0958"),
        answer("ContactEmail", email),
        answer("WorkPermit", "true"),
        answer("NoticePeriod", "1 month"),
        answer("Languages", JSON.stringify(["English", "French"])),
        answer("Experience", JSON.stringify([{ company_name: "Analytical Engines", position_title: "Engineer", employment_type: "full_time", start_date: "2020-01-01", end_date: null, currently_employed: true }])),
      ],
    };
    const created = await call(target, `${LIST}${hash}/apply/`, { method: "POST", json: body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(Number), candidate: { id: expect.any(Number), email }, job_post: hash });
    const candidate = (await call(target, `/api/v1/client/candidates/${created.body.candidate.id}/`)).body;
    expect(candidate.job_post.hash).toBe(hash);
    expect(candidate.entry_method).toBe("applied");
    expect(candidate.work_experience[0].company_name).toBe("Analytical Engines");
    const again = await call(target, `${LIST}${hash}/apply/`, { method: "POST", json: { ...body, email: email.toUpperCase() } });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ detail: "A candidate with this email already exists in this job post." });
  });

  it("missing required answers → 400 {answers: {key: [This question is required.]}}", async () => {
    const { hash, questions } = await publishedPostWithQuestions(target);
    const response = await call(target, `${LIST}${hash}/apply/`, { method: "POST", json: { email: uniqueEmail(), first_name: "A", last_name: "B", answers: [] } });
    expect(response.status).toBe(400);
    const expected = Object.fromEntries(questions.filter((q) => q.required).map((q) => [q.question_key, ["This question is required."]]));
    expect(response.body).toEqual({ answers: expected });
  });

  it("an invalid choice and missing personal fields → 400 listing each problem", async () => {
    const { hash, answer } = await publishedPostWithQuestions(target);
    const response = await call(target, `${LIST}${hash}/apply/`, {
      method: "POST",
      json: { email: "nope", answers: [answer("Phone", "+1 555 0100"), answer("ContactEmail", "a@b.co"), answer("WorkPermit", "true"), answer("NoticePeriod", "Next year")] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      email: ["Enter a valid email address."],
      first_name: ["This field is required."],
      last_name: ["This field is required."],
      answers: { NoticePeriod: ['"Next year" is not a valid choice.'] },
    });
  });

  it("a draft post is not accepting applications (400)", async () => {
    const draft = (await call(target, `${LIST}?status=draft&page_size=1`)).body.results[0];
    const questions = z.array(questionSchema).parse((await call(target, `${LIST}${draft.hash}/questions/`)).body);
    const answers = questions.filter((q) => q.required && q.type !== "file").map((q) => ({ job_post_question: { id: q.id, question_key: q.question_key }, answer: q.type === "phone" ? "+1 555 0100" : "x" }));
    const response = await call(target, `${LIST}${draft.hash}/apply/`, { method: "POST", json: { email: uniqueEmail(), first_name: "A", last_name: "B", answers } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ non_field_errors: ["This job post is not accepting applications."] });
  });

  it("applicant_count grows by one after an application", async () => {
    const { hash, answer } = await publishedPostWithQuestions(target);
    const before = (await call(target, `${LIST}${hash}/`)).body.applicant_count;
    const answers = [answer("Phone", "+1 555 0100"), answer("ContactEmail", "a@b.co"), answer("WorkPermit", "false"), answer("NoticePeriod", "2 weeks")];
    expect((await call(target, `${LIST}${hash}/apply/`, { method: "POST", json: { email: uniqueEmail(), first_name: "A", last_name: "B", answers } })).status).toBe(201);
    expect((await call(target, `${LIST}${hash}/`)).body.applicant_count).toBe(before + 1);
    expect(sandboxOf(target).store.state.applications).toHaveLength(1);
  });
});

type Question = z.infer<typeof questionSchema>;
type AnswerItem = { job_post_question: { id: number; question_key: string }; answer?: string };

/** The first published post whose questions pass `wanted` (the seed's second post has a required Photo). */
async function publishedPostWhere(target: Target, wanted: (questions: Question[]) => boolean) {
  const posts = (await call(target, `${LIST}?status=published&page_size=100`)).body.results as { hash: string }[];
  for (const { hash } of posts) {
    const questions = z.array(questionSchema).parse((await call(target, `${LIST}${hash}/questions/`)).body);
    if (wanted(questions)) {
      const item = (key: string, answer?: string): AnswerItem => {
        const q = questions.find((x) => x.question_key === key)!;
        return { job_post_question: { id: q.id, question_key: q.question_key }, ...(answer === undefined ? {} : { answer }) };
      };
      return { hash, questions, item };
    }
  }
  throw new Error("no published post with the wanted questions");
}

const hasRequiredFile = (questions: Question[]) => questions.some((q) => q.type === "file" && q.required);

/** The multipart Apply body: text fields, answers as one JSON field, file answers as answers[N].answer_file. */
function applyForm(fields: Record<string, string>, answers: AnswerItem[] | string, files: { index: number; bytes: Uint8Array; name?: string; partName?: string }[] = []) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("answers", typeof answers === "string" ? answers : JSON.stringify(answers));
  for (const file of files) {
    form.append(file.partName ?? `answers[${file.index}].answer_file`, new Blob([new Uint8Array(file.bytes)], { type: "application/octet-stream" }), file.name ?? "photo.png");
  }
  return form;
}

const person = () => ({ email: uniqueEmail("apply.multipart"), first_name: "Grace", last_name: "Hopper" });
const png = () => new Uint8Array(buildAvatarPng([200, 30, 60]));

describe.skipIf(LIVE)("Apply with file answers, multipart (sandbox)", () => {
  const target = useTarget();
  const apply = (hash: string, form: FormData) => call(target, `${LIST}${hash}/apply/`, { method: "POST", form });

  it("201; the Photo is stored as the candidate's photo and the application records its document id and terms_of_use", async () => {
    const asksEveryType = (questions: Question[]) => new Set(questions.map((q) => q.type)).size === 13 && !hasRequiredFile(questions);
    const { hash, item } = await publishedPostWhere(target, asksEveryType);
    const fields = { ...person(), terms_of_use: "true" };
    const answers = [
      item("Phone", "+1 555 0100"),
      item("ContactEmail", fields.email),
      item("WorkPermit", "true"),
      item("NoticePeriod", "2 weeks"),
      item("Photo"),
      item("Languages", JSON.stringify(["English", "Dutch"])),
      item("StartDate", "2026-09-01"),
      item("Education", JSON.stringify([{ school_name: "Yale", degree: "doctorate_degree", major: "Mathematics", start_date: "1930-09-01", end_date: "1934-06-01", currently_pursuing: false }, { school_name: "Vassar", degree: "BA" }])),
      item("Experience", JSON.stringify([{ company_name: "US Navy", position_title: "Rear Admiral", employment_type: "full_time", start_date: "1943-12-01", end_date: null, currently_employed: false }])),
    ];
    const bytes = png();
    const created = await apply(hash, applyForm(fields, answers, [{ index: 4, bytes, name: "grace.png" }]));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(Number), candidate: { id: expect.any(Number), email: fields.email }, job_post: hash });

    const candidate = candidateDetailSchema.parse((await call(target, `/api/v1/client/candidates/${created.body.candidate.id}/`)).body);
    expect(candidate.photo).toMatchObject({ name: "grace.png", type: "image/png", file_size: bytes.length });
    expect(candidate.phone_number).toBe("+1 555 0100");
    expect(candidate.education.map((e) => e.degree)).toEqual(["doctorate_degree", "BA"]);
    expect(candidate.work_experience[0]).toMatchObject({ company_name: "US Navy", employment_type: "full_time" });
    const download = await fetch(candidate.photo!.presigned_url);
    expect(download.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);

    const application = sandboxOf(target).store.state.applications.find((a) => a.id === created.body.id)!;
    expect(application.termsOfUse).toBe(true);
    expect(application.answers.find((a) => a.questionKey === "Photo")?.answer).toBe(String(candidate.photo!.id));
    expect(application.answers.find((a) => a.questionKey === "Languages")?.answer).toBe('["English","Dutch"]');
  });

  it("a post with a required Photo: without the file → 400 required (multipart and JSON alike); with it → 201", async () => {
    const { hash, item } = await publishedPostWhere(target, hasRequiredFile);
    const expected = { answers: { Photo: ["This question is required."] } };
    const missing = await apply(hash, applyForm(person(), [item("Phone", "+1 555 0100"), item("Photo")]));
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual(expected);
    const json = await call(target, `${LIST}${hash}/apply/`, { method: "POST", json: { ...person(), answers: [item("Phone", "+1 555 0100")] } });
    expect(json.status).toBe(400);
    expect(json.body).toEqual(expected);
    const created = await apply(hash, applyForm(person(), [item("Phone", "+1 555 0100"), item("Photo")], [{ index: 1, bytes: png() }]));
    expect(created.status).toBe(201);
  });

  it("a file part on a non-file item or past the list → 400 keyed by the question or #N; nothing is stored", async () => {
    const { hash, item } = await publishedPostWhere(target, hasRequiredFile);
    const documentsBefore = sandboxOf(target).store.state.documents.length;
    const answers = [item("Phone", "+1 555 0100"), item("Photo")];
    const onPhone = await apply(hash, applyForm(person(), answers, [{ index: 0, bytes: png() }, { index: 1, bytes: png() }]));
    expect(onPhone.status).toBe(400);
    expect(onPhone.body).toEqual({ answers: { Phone: ["This question does not take a file."] } });
    const pastTheList = await apply(hash, applyForm(person(), answers, [{ index: 1, bytes: png() }, { index: 5, bytes: png() }]));
    expect(pastTheList.status).toBe(400);
    expect(pastTheList.body).toEqual({ answers: { "#5": ["No answers item has this index."] } });
    const misnamed = await apply(hash, applyForm(person(), answers, [{ index: 1, bytes: png() }, { index: 1, bytes: png(), partName: "answers[1][answer_file]" }]));
    expect(misnamed.body).toEqual({ "answers[1][answer_file]": ["Unexpected file. File answers are sent as answers[N].answer_file."] });
    expect(sandboxOf(target).store.state.documents).toHaveLength(documentsBefore);
  });

  it("an empty file, or a PDF for a Photo → 400 on the question", async () => {
    const { hash, item } = await publishedPostWhere(target, hasRequiredFile);
    const answers = [item("Phone", "+1 555 0100"), item("Photo")];
    const empty = await apply(hash, applyForm(person(), answers, [{ index: 1, bytes: new Uint8Array() }]));
    expect(empty.status).toBe(400);
    expect(empty.body).toEqual({ answers: { Photo: ["The submitted file is empty."] } });
    const pdf = await apply(hash, applyForm(person(), answers, [{ index: 1, bytes: pdfBytes(), name: "photo.png" }]));
    expect(pdf.body).toEqual({ answers: { Photo: ["Unsupported file type. Upload a PNG, JPEG, GIF or WEBP image."] } });
  });

  it("answers that are not JSON → 400 {answers: [Value must be valid JSON.]}", async () => {
    const { hash } = await publishedPostWhere(target, hasRequiredFile);
    const response = await apply(hash, applyForm(person(), "[{not json"));
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ answers: ["Value must be valid JSON."] });
  });

  it("terms_of_use must be a boolean: multipart true/false, JSON true/false; absent is recorded as false", async () => {
    const { hash, item } = await publishedPostWhere(target, hasRequiredFile);
    const answers = [item("Phone", "+1 555 0100"), item("Photo")];
    const invalid = { terms_of_use: ["Must be a valid boolean."] };
    const multipartYes = await apply(hash, applyForm({ ...person(), terms_of_use: "yes" }, answers, [{ index: 1, bytes: png() }]));
    expect(multipartYes.status).toBe(400);
    expect(multipartYes.body).toEqual(invalid);
    const { hash: jsonHash, answer } = await publishedPostWithQuestions(target);
    const jsonAnswers = [answer("Phone", "+1 555 0100"), answer("ContactEmail", "a@b.co"), answer("WorkPermit", "true"), answer("NoticePeriod", "2 weeks")];
    const jsonText = await call(target, `${LIST}${jsonHash}/apply/`, { method: "POST", json: { ...person(), terms_of_use: "true", answers: jsonAnswers } });
    expect(jsonText.status).toBe(400);
    expect(jsonText.body).toEqual(invalid);
    const absent = await call(target, `${LIST}${jsonHash}/apply/`, { method: "POST", json: { ...person(), answers: jsonAnswers } });
    expect(absent.status).toBe(201);
    const falseInForm = await apply(hash, applyForm({ ...person(), terms_of_use: "false" }, answers, [{ index: 1, bytes: png() }]));
    expect(falseInForm.status).toBe(201);
    const recorded = sandboxOf(target).store.state.applications.map((a) => a.termsOfUse);
    expect(recorded).toEqual([false, false]);
  });
});

describe.skipIf(LIVE)("Apply file answers over the size limit (sandbox)", () => {
  const target = useTarget({ maxUploadBytes: 64 * 1024 });

  it("a file over maxUploadBytes → 400 on its question; a body too big to read → 400 on answers", async () => {
    const { hash, item } = await publishedPostWhere(target, hasRequiredFile);
    const answers = [item("Phone", "+1 555 0100"), item("Photo")];
    const big = (extra: number) => new Uint8Array(Buffer.concat([buildAvatarPng([1, 2, 3]), Buffer.alloc(extra)]));
    const overFile = await call(target, `${LIST}${hash}/apply/`, { method: "POST", form: applyForm(person(), answers, [{ index: 1, bytes: big(80 * 1024) }]) });
    expect(overFile.status).toBe(400);
    expect(overFile.body).toEqual({ answers: { Photo: ["File too large. Maximum size is 64 KB."] } });
    const overBody = await call(target, `${LIST}${hash}/apply/`, { method: "POST", form: applyForm(person(), answers, [{ index: 1, bytes: big(200 * 1024) }]) });
    expect(overBody.status).toBe(400);
    expect(overBody.body).toEqual({ answers: ["File too large. Maximum size is 64 KB."] });
  });
});
