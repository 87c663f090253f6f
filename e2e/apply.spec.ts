import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { signIn } from "./support/sign-in";
import { auditEvents } from "../tests/support/built-app/audit-events";
import { candidatesWithEmail, sandboxApi, uniqueEmail } from "./support/candidates";
import { PDF_BYTES } from "../tests/support/files/documents";
import { buildAvatarPng } from "../sandbox/files/png";
import { QUESTION_TYPES } from "../lib/recruspace/question-types";

type Question = { id: number; question_key: string; label: string; type: string; required: boolean; options: string[] };
type Post = { hash: string; title: string; questions: Question[] };

const TERMS = "The candidate accepted the terms of use";
const PHOTO = { name: "photo.png", mimeType: "image/png", buffer: buildAvatarPng([40, 120, 90]) };

let workspace: SeededWorkspace;
/** The post that asks every question type, a file question included. */
let everyType: Post;
/** A post whose file question is required. */
let requiredFile: Post;

test.beforeAll(async () => {
  workspace = seedWorkspace();
  const posts = await sandboxApi<{ results: { hash: string; title: string }[] }>("GET", "/api/v1/client/job-posts/?status=published&page_size=100");
  for (const candidate of posts.results) {
    const questions = await sandboxApi<Question[]>("GET", `/api/v1/client/job-posts/${candidate.hash}/questions/`);
    if (!everyType && QUESTION_TYPES.every((type) => questions.some((q) => q.type === type))) everyType = { ...candidate, questions };
    if (!requiredFile && questions.some((q) => q.type === "file" && q.required)) requiredFile = { ...candidate, questions };
    if (everyType && requiredFile) break;
  }
  expect(everyType, "a published sandbox post asking every question type").toBeDefined();
  expect(requiredFile, "a published sandbox post with a required file question").toBeDefined();
});

test.beforeEach(async ({ page }) => {
  await signIn(page, workspace.member);
});

async function answer(container: Locator, question: Question, file = PHOTO) {
  switch (question.type) {
    case "long_text":
      return container.getByRole("textbox").fill("Because I like building things.");
    case "boolean":
      return container.getByLabel("Yes").check();
    case "single_choice":
      return container.getByRole("combobox").selectOption(question.options[0]!);
    case "multiple_choice":
      return container.getByLabel(question.options[0]!, { exact: true }).check();
    case "education":
      await container.getByRole("button", { name: "Add education" }).click();
      return container.getByLabel("School (entry 1)").fill("MIT");
    case "experience":
      await container.getByRole("button", { name: "Add experience" }).click();
      await container.getByLabel("Company (entry 1)").fill("Acme");
      return container.getByLabel("Position (entry 1)").fill("Engineer");
    case "number":
      return container.getByRole("textbox").fill("4");
    case "date":
      return container.locator("input").fill("2024-05-31");
    case "email":
      return container.getByRole("textbox").fill("ref@example.com");
    case "phone":
      return container.getByRole("textbox").fill("+31 20 123 4567");
    case "url":
      return container.getByRole("textbox").fill("https://example.com/portfolio");
    case "file":
      return container.locator('input[type="file"]').setInputFiles(file);
    default:
      return container.getByRole("textbox").fill("Hello");
  }
}

function applyForm(page: Page) {
  return page.getByRole("form", { name: /^Apply to/ });
}

const questionBox = (form: Locator, question: Question) => form.locator(`[data-question="${question.question_key}"]`);

async function fillApplicant(form: Locator, email: string, name: { first: string; last: string }) {
  await form.getByRole("textbox", { name: "Email", exact: true }).fill(email);
  await form.getByRole("textbox", { name: "First name", exact: true }).fill(name.first);
  await form.getByRole("textbox", { name: "Last name", exact: true }).fill(name.last);
}

test("apply with every question type, a photo and the terms; what is left out is flagged next to it", async ({ page }) => {
  const email = uniqueEmail("applicant");
  await page.goto(`/job-posts/${everyType.hash}/apply`);
  await expect(page.getByRole("heading", { name: `Apply to ${everyType.title}` })).toBeVisible();
  const form = applyForm(page);
  await fillApplicant(form, email, { first: "Grace", last: "Hopper" });

  const [leftEmpty, ...rest] = everyType.questions.filter((q) => q.required);
  for (const question of [...rest, ...everyType.questions.filter((q) => !q.required)]) await answer(questionBox(form, question), question);
  await form.getByRole("button", { name: "Submit application" }).click();
  await expect(questionBox(form, leftEmpty!).getByText("This question is required.")).toBeVisible();
  await expect(form.getByText("Confirm that the candidate accepted the terms of use.")).toBeVisible();
  expect(await candidatesWithEmail(email)).toHaveLength(0);

  await answer(questionBox(form, leftEmpty!), leftEmpty!);
  await form.getByRole("checkbox", { name: TERMS }).check();
  await form.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByTestId("apply-success")).toContainText("Grace Hopper");

  const records = await candidatesWithEmail(email);
  expect(records).toHaveLength(1);
  expect(records[0]!.job_post).toBe(everyType.hash);
  const candidate = await sandboxApi<{ photo: { type: string } | null; education: { school_name: string }[] }>("GET", `/api/v1/client/candidates/${records[0]!.id}/`);
  expect(candidate.photo?.type).toBe("image/png");
  expect(candidate.education.map((entry) => entry.school_name)).toEqual(["MIT"]);
  await expect(page.getByRole("link", { name: "Grace Hopper" })).toHaveAttribute("href", `/candidates/${records[0]!.id}`);
  expect(await auditEvents(workspace.tenantId, "candidate.applied")).toContainEqual(
    expect.objectContaining({ actorEmail: workspace.member.email, targetId: String(records[0]!.id) }),
  );

  // The form starts afresh; without a file answer the application goes through the server action.
  await page.getByRole("button", { name: "Apply another candidate" }).click();
  await expect(form.getByRole("textbox", { name: "Email", exact: true })).toHaveValue("");
  await expect(form.getByRole("checkbox", { name: TERMS })).not.toBeChecked();
  const another = uniqueEmail("applicant");
  await fillApplicant(form, another, { first: "Ada", last: "Lovelace" });
  for (const question of everyType.questions.filter((q) => q.required)) await answer(questionBox(form, question), question);
  await form.getByRole("checkbox", { name: TERMS }).check();
  await form.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByTestId("apply-success")).toContainText("Ada Lovelace");
  expect(await candidatesWithEmail(another)).toHaveLength(1);
});

test("Recruspace's refusal of a file is shown next to its question, and a second application is refused", async ({ page }) => {
  const email = uniqueEmail("fileq");
  await page.goto(`/job-posts/${requiredFile.hash}/apply`);
  const form = applyForm(page);
  await fillApplicant(form, email, { first: "Mary", last: "Jackson" });
  const fileQuestion = requiredFile.questions.find((q) => q.type === "file" && q.required)!;
  for (const question of requiredFile.questions.filter((q) => q.required)) {
    await answer(questionBox(form, question), question, { name: "photo.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF_BYTES) });
  }
  await form.getByRole("checkbox", { name: TERMS }).check();
  await form.getByRole("button", { name: "Submit application" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "Recruspace refused some answers. Please check the highlighted fields." })).toBeVisible();
  await expect(questionBox(form, fileQuestion).getByRole("alert")).toHaveText("Unsupported file type. Upload a PNG, JPEG, GIF or WEBP image.");
  expect(await candidatesWithEmail(email)).toHaveLength(0);

  await answer(questionBox(form, fileQuestion), fileQuestion);
  await form.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByTestId("apply-success")).toContainText("Mary Jackson");

  await page.getByRole("button", { name: "Apply another candidate" }).click();
  await fillApplicant(form, email, { first: "Mary", last: "Jackson" });
  for (const question of requiredFile.questions.filter((q) => q.required)) await answer(questionBox(form, question), question);
  await form.getByRole("checkbox", { name: TERMS }).check();
  await form.getByRole("button", { name: "Submit application" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "This person has already applied to this job post." })).toBeVisible();
  expect(await candidatesWithEmail(email)).toHaveLength(1);
});

test("the apply page has no serious accessibility issues", async ({ page }) => {
  await page.goto(`/job-posts/${everyType.hash}/apply`);
  await expect(page.getByRole("heading", { name: `Apply to ${everyType.title}` })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
