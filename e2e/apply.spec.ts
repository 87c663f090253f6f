import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { signIn } from "./support/sign-in";
import { auditEvents } from "../tests/support/built-app/audit-events";
import { candidatesWithEmail, sandboxApi, uniqueEmail } from "./support/candidates";

type Question = { id: number; question_key: string; label: string; type: string; required: boolean; options: string[] };

let workspace: SeededWorkspace;
let post: { hash: string; title: string; questions: Question[] };
let filePost: { hash: string; title: string; questions: Question[] } | undefined;

test.beforeAll(async () => {
  workspace = seedWorkspace();
  const posts = await sandboxApi<{ results: { hash: string; title: string }[] }>("GET", "/api/v1/client/job-posts/?status=published&page_size=100");
  for (const candidate of posts.results) {
    const questions = await sandboxApi<Question[]>("GET", `/api/v1/client/job-posts/${candidate.hash}/questions/`);
    const required = questions.filter((q) => q.required);
    if (!filePost && required.some((q) => q.type === "file")) filePost = { ...candidate, questions };
    if (!post && required.length >= 1 && !required.some((q) => q.type === "file") && questions.length >= 3) {
      post = { ...candidate, questions };
    }
    if (post && filePost) break;
  }
  expect(post, "a published sandbox post with questions and no required file question").toBeDefined();
});

test.beforeEach(async ({ page }) => {
  await signIn(page, workspace.member);
});

async function answer(container: Locator, question: Question) {
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
      return;
    default:
      return container.getByRole("textbox").fill("Hello");
  }
}

function applyForm(page: Page) {
  return page.getByRole("form", { name: /^Apply to/ });
}

test("apply with the post's questions; a required question left empty is flagged next to it", async ({ page }) => {
  const email = uniqueEmail("applicant");
  await page.goto(`/job-posts/${post.hash}/apply`);
  await expect(page.getByRole("heading", { name: `Apply to ${post.title}` })).toBeVisible();
  const form = applyForm(page);
  await form.getByRole("textbox", { name: "Email", exact: true }).fill(email);
  await form.getByRole("textbox", { name: "First name", exact: true }).fill("Grace");
  await form.getByRole("textbox", { name: "Last name", exact: true }).fill("Hopper");

  const required = post.questions.filter((q) => q.required && q.type !== "file");
  const [leftEmpty, ...rest] = required;
  for (const question of rest) await answer(form.locator(`[data-question="${question.question_key}"]`), question);
  await form.getByRole("button", { name: "Submit application" }).click();
  const emptyOne = form.locator(`[data-question="${leftEmpty!.question_key}"]`);
  await expect(emptyOne.getByText("This question is required.")).toBeVisible();
  expect(await candidatesWithEmail(email)).toHaveLength(0);

  await answer(emptyOne, leftEmpty!);
  await form.getByRole("button", { name: /Submit application|Retry/ }).click();
  await expect(page.getByTestId("apply-success")).toContainText("Grace Hopper");
  const records = await candidatesWithEmail(email);
  expect(records).toHaveLength(1);
  expect(records[0]!.job_post).toBe(post.hash);
  expect(await auditEvents(workspace.tenantId, "candidate.applied")).toContainEqual(
    expect.objectContaining({ actorEmail: workspace.member.email, targetId: String(records[0]!.id) }),
  );
});

test("Recruspace's field errors are shown next to the question (a required file question)", async ({ page }) => {
  expect(filePost, "the sandbox seeds a post with a required file question").toBeDefined();
  const email = uniqueEmail("fileq");
  await page.goto(`/job-posts/${filePost!.hash}/apply`);
  const form = applyForm(page);
  await form.getByRole("textbox", { name: "Email", exact: true }).fill(email);
  await form.getByRole("textbox", { name: "First name", exact: true }).fill("Mary");
  await form.getByRole("textbox", { name: "Last name", exact: true }).fill("Jackson");
  const fileQuestion = filePost!.questions.find((q) => q.type === "file" && q.required)!;
  const fileBox = form.locator(`[data-question="${fileQuestion.question_key}"]`);
  await expect(fileBox).toContainText("cannot be sent");
  for (const question of filePost!.questions.filter((q) => q.required && q.type !== "file")) {
    await answer(form.locator(`[data-question="${question.question_key}"]`), question);
  }
  await form.getByRole("button", { name: "Submit application" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "Submitting the application failed: Recruspace refused some answers" })).toBeVisible();
  await expect(fileBox.getByRole("alert")).toContainText(/Recruspace: .+/);
  expect(await candidatesWithEmail(email)).toHaveLength(0);
});

test("the apply page has no serious accessibility issues", async ({ page }) => {
  await page.goto(`/job-posts/${post.hash}/apply`);
  await expect(page.getByRole("heading", { name: `Apply to ${post.title}` })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
