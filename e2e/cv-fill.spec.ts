import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { expectNoSeriousA11yIssues } from "./support/a11y";
import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { signIn } from "./support/sign-in";
import { addCandidateDirectly, candidatesWithEmail, dropFile, sandboxApi, talentPools, uniqueEmail } from "./support/candidates";
import { cvDocument, type Layout } from "../tests/support/cv-corpus/document";
import type { Person } from "../tests/support/cv-corpus/people";
import { renderDocx } from "../tests/support/cv-corpus/render-docx";
import { renderImageOnlyPdf, renderPdf } from "../tests/support/cv-corpus/render-pdf";
import { buildAvatarPng } from "../sandbox/files/png";

const ZONE = '[data-testid="cv-dropzone"]';
const FROM_CV = "Filled in from the CV: please check it.";
const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let workspace: SeededWorkspace;
let pool: { id: number; name: string };
type Question = { question_key: string; type: string; required: boolean };
let post: { hash: string; title: string; required: Question[] };
/** Answers a question of the simple kinds the chosen post asks (every seeded post asks for a phone). */
const SIMPLE_ANSWERS: Record<string, string> = { phone: "+46 70 123 45 67", email: "ref@example.com", short_text: "Hello", long_text: "Hello", number: "4", url: "https://example.com" };

test.beforeAll(async () => {
  workspace = seedWorkspace();
  pool = (await talentPools())[5]!;
  const posts = await sandboxApi<{ results: { hash: string; title: string }[] }>("GET", "/api/v1/client/job-posts/?status=published&page_size=100");
  for (const candidate of posts.results) {
    const questions = await sandboxApi<Question[]>("GET", `/api/v1/client/job-posts/${candidate.hash}/questions/`);
    const required = questions.filter((question) => question.required);
    if (required.every((question) => question.type in SIMPLE_ANSWERS || question.type === "boolean")) {
      post = { ...candidate, required };
      break;
    }
  }
  expect(post, "a published sandbox post whose required questions are simple").toBeDefined();
});

test.beforeEach(async ({ page }) => {
  await signIn(page, workspace.member);
});

/** A CV of someone new (a unique email), with a second address, a phone and a referee's details. */
function person(email: string): Person {
  return {
    written: "Ingrid Bergström",
    firstName: "Ingrid",
    lastName: "Bergström",
    title: "Site Reliability Engineer",
    city: "Stockholm, Sweden",
    email,
    otherEmail: "ingrid.work@e2e-employer.example",
    phone: { written: "+46 70 123 45 67", e164: "+46701234567" },
    linkedin: "ingrid-bergstrom",
    decoys: [{ kind: "references", name: "Dr. Lars Holm", role: "Head of Platform", email: "lars.holm@e2e-employer.example", phone: "+46 8 123 456 00" }],
    latin1: true,
  };
}

type Format = "pdf" | "docx";
async function cvFile(email: string, format: Format, layout: Layout = "single") {
  const doc = cvDocument(person(email), layout);
  const bytes = format === "pdf" ? await renderPdf(doc) : await renderDocx(doc);
  return { name: `ingrid-cv.${format}`, type: format === "pdf" ? PDF : DOCX, bytes: Array.from(bytes) };
}

async function dropCv(page: Page, file: { name: string; type: string; bytes: number[] }) {
  await dropFile(page, ZONE, file);
  await expect(page.getByTestId("cv-uploaded")).toContainText(file.name);
}

const notes = (form: Locator) => form.getByTestId("field-note");

for (const format of ["pdf", "docx"] as const) {
  test(`add form: a dropped ${format.toUpperCase()} fills the empty fields, leaves a typed one, and the candidate is created once`, async ({ page }) => {
    const email = uniqueEmail("ingrid");
    await page.goto(`/candidates/new?pool=${pool.id}`);
    const form = page.getByRole("form", { name: "Add a candidate" });
    await form.getByLabel("Last name").fill("Typed-By-Hand");
    await dropCv(page, await cvFile(email, format, format === "pdf" ? "two-column" : "table"));

    await expect(form.getByLabel("First name")).toHaveValue("Ingrid");
    await expect(form.getByLabel("Email")).toHaveValue(email);
    await expect(form.getByLabel("Phone")).toHaveValue("+46701234567");
    await expect(form.getByLabel("Last name")).toHaveValue("Typed-By-Hand");
    await expect(notes(form)).toHaveCount(3);
    await expect(form.getByLabel("First name")).toHaveAccessibleDescription(FROM_CV);
    // The referee's address is not offered; the second one of the author is.
    await expect(page.getByTestId("cv-other-email").getByRole("button")).toHaveText(["ingrid.work@e2e-employer.example"]);
    await expectNoSeriousA11yIssues(page);

    // Editing a filled field makes it the user's: the mark goes.
    await form.getByLabel("First name").fill("Ingrid M.");
    await expect(notes(form)).toHaveCount(2);

    await form.getByRole("button", { name: "Add candidate" }).click();
    await expect(page.getByTestId("add-success")).toContainText("Ingrid M. Typed-By-Hand");
    expect(await candidatesWithEmail(email)).toHaveLength(1);
  });

  test(`apply form: a dropped ${format.toUpperCase()} fills name and email, and the application goes once`, async ({ page }) => {
    const email = uniqueEmail("ingrid-apply");
    await page.goto(`/job-posts/${post.hash}/apply`);
    const form = page.getByRole("form", { name: /^Apply to/ });
    await dropCv(page, await cvFile(email, format));
    await expect(form.getByRole("textbox", { name: "Email", exact: true })).toHaveValue(email);
    await expect(form.getByRole("textbox", { name: "First name", exact: true })).toHaveValue("Ingrid");
    await expect(form.getByRole("textbox", { name: "Last name", exact: true })).toHaveValue("Bergström");
    await expect(notes(form)).toHaveCount(3);
    await expectNoSeriousA11yIssues(page);
    for (const question of post.required) {
      const box = form.locator(`[data-question="${question.question_key}"]`);
      if (question.type === "boolean") await box.getByLabel("Yes").check();
      else await box.getByRole("textbox").fill(SIMPLE_ANSWERS[question.type]!);
    }
    await form.getByLabel("The candidate accepted the terms of use").check();
    await form.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByTestId("apply-success")).toContainText("Ingrid Bergström");
    expect(await candidatesWithEmail(email)).toHaveLength(1);
  });

  test(`quick add: a chosen ${format.toUpperCase()} fills the form and adds the candidate once`, async ({ page }) => {
    const email = uniqueEmail("ingrid-quick");
    await page.goto("/quick-add");
    await page.locator("form[data-ready]").waitFor();
    const form = page.getByRole("form", { name: "Quick add a candidate" });
    await form.getByLabel("First name").fill("Inga");
    const file = await cvFile(email, format, format === "pdf" ? "header-footer" : "two-column");
    await form.getByLabel(/^CV/).setInputFiles({ name: file.name, mimeType: file.type, buffer: Buffer.from(file.bytes) });
    await expect(form.getByRole("textbox", { name: "Email", exact: true })).toHaveValue(email);
    await expect(form.getByLabel("Last name")).toHaveValue("Bergström");
    await expect(form.getByLabel("Phone (optional)")).toHaveValue("+46701234567");
    await expect(form.getByLabel("First name")).toHaveValue("Inga");
    await expect(notes(form)).toHaveCount(3);
    await expect(page.getByTestId("cv-uploaded")).toContainText(file.name);
    await expectNoSeriousA11yIssues(page);
    await form.getByLabel("Add to").selectOption(`talent_pool:${pool.id}`);
    await form.getByRole("button", { name: "Add candidate" }).click();
    await expect(page.getByTestId("quick-success")).toContainText(`Inga Bergström was added to ${pool.name}`);
    expect(await candidatesWithEmail(email)).toHaveLength(1);
  });
}

test("an email from the CV that Recruspace already has shows the duplicate notice, as if typed", async ({ page }) => {
  const email = uniqueEmail("ingrid-known");
  await addCandidateDirectly(email, pool.id, { first: "Ingrid", last: "Bergström" });
  await page.goto(`/candidates/new?pool=${pool.id}`);
  await dropCv(page, await cvFile(email, "pdf"));
  await expect(page.getByRole("form", { name: "Add a candidate" }).getByLabel("Email")).toHaveValue(email);
  await expect(page.getByTestId("duplicate-notice")).toBeVisible();
});

test("a scanned (image-only) PDF fills nothing and says so in one calm line; the upload still works", async ({ page }) => {
  await page.goto(`/candidates/new?pool=${pool.id}`);
  const scan = await renderImageOnlyPdf(new Uint8Array(buildAvatarPng([30, 60, 90], 64)));
  await dropCv(page, { name: "scan.pdf", type: PDF, bytes: Array.from(scan) });
  await expect(page.getByTestId("cv-fill-notice")).toHaveText(/no text to read/);
  const form = page.getByRole("form", { name: "Add a candidate" });
  for (const label of ["First name", "Last name", "Email", "Phone"]) await expect(form.getByLabel(label)).toHaveValue("");
  await expect(notes(form)).toHaveCount(0);
  await expectNoSeriousA11yIssues(page);
});

test("the CV reader starts loading when a file is dragged over the page or the picker opens, not before", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.goto(`/candidates/new?pool=${pool.id}`);
  await expect(page.locator(`${ZONE}[data-ready]`)).toBeVisible();
  expect(workers, "no reader on the page's load").toHaveLength(0);
  // Text dragged over the page is no sign of a CV.
  await page.evaluate(() => {
    const text = new DataTransfer();
    text.setData("text/plain", "hello");
    window.dispatchEvent(new DragEvent("dragenter", { dataTransfer: text, bubbles: true }));
  });
  await page.waitForTimeout(300);
  expect(workers).toHaveLength(0);
  await page.evaluate(() => {
    const files = new DataTransfer();
    files.items.add(new File(["%PDF-1.4"], "cv.pdf", { type: "application/pdf" }));
    window.dispatchEvent(new DragEvent("dragenter", { dataTransfer: files, bubbles: true }));
  });
  await expect.poll(() => workers.length).toBe(1);

  // On quick add, opening the file picker is the sign.
  workers.length = 0;
  await page.goto("/quick-add");
  await expect(page.locator("form[data-ready]")).toBeVisible();
  const chooser = page.waitForEvent("filechooser");
  await page.locator("#quick-cv").click();
  await chooser;
  await expect.poll(() => workers.length).toBe(1);
});
