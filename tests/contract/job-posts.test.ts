import { describe, expect, it } from "vitest";
import { z } from "zod";
import { firstJobPost, uniqueEmail } from "../support/contract/fixtures";
import { jobPostDetailSchema, jobPostSummarySchema, pageSchema, questionSchema } from "../support/contract/shapes";
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
