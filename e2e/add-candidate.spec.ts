import http from "node:http";
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./support/fixtures";
import { auditEvents } from "../tests/support/built-app/audit-events";
import { PDF_BYTES } from "../tests/support/files/documents";
import { signedInMember } from "./support/member-session";
import { SANDBOX_DEMO_KEY } from "../sandbox/seed-data";
import { e2eEnv } from "../tests/support/built-app/env";
import { addCandidateDirectly, candidatesWithEmail, clearFaults, dropFile, sandboxFault, uniqueEmail } from "./support/candidates";

const ZONE = '[data-testid="cv-dropzone"]';
const MANUAL_ADD = "/api/v1/client/candidates/manual-add/";
const env = e2eEnv();

// Declared first, so faults left by another spec are gone before the member signs in.
test.beforeEach(async () => {
  await clearFaults();
});
const session = signedInMember();

test.afterEach(async () => {
  await clearFaults();
});

type Page = import("@playwright/test").Page;

/** The add form (the shell around it has its own email search box). */
function form(page: Page) {
  return page.getByRole("form", { name: "Add a candidate" });
}

async function fillPerson(page: Page, email: string, last = "Lovelace") {
  await form(page).getByLabel("First name").fill("Ada");
  await form(page).getByLabel("Last name").fill(last);
  await form(page).getByLabel("Email").fill(email);
}

async function choosePool(page: Page, pool: { id: number }) {
  await form(page).getByRole("combobox", { name: /^Add to/ }).selectOption(`talent_pool:${pool.id}`);
}

async function dropPdf(page: Page, name = "ada-cv.pdf") {
  await dropFile(page, ZONE, { name, type: "application/pdf", bytes: PDF_BYTES });
  await expect(page.getByTestId("cv-uploaded")).toContainText(name);
}

test("drag and drop a PDF, see the progress, create the candidate and find it in the pool and its detail view @desktop-only", async ({ page }) => {
  const pool = session.pools[0]!;
  const email = uniqueEmail("ada");
  // Slow the upstream upload so the progress bar is observable.
  await sandboxFault({ method: "POST", path: "/api/v1/utilities/upload-file/", kind: "latency", ms: 1500, count: 1 });
  await page.goto(`/candidates/new?pool=${pool.id}`);
  await expect(form(page).getByRole("combobox", { name: /^Add to/ })).toHaveValue(`talent_pool:${pool.id}`);
  await expect(page.getByText("PDF, DOC or DOCX, up to 20 MB.")).toBeVisible();

  await dropFile(page, ZONE, { name: "ada-cv.pdf", type: "application/pdf", bytes: PDF_BYTES, padTo: 2 * 1024 * 1024 });
  await expect(page.getByRole("progressbar", { name: /Uploading ada-cv\.pdf/ })).toBeVisible();
  await expect(page.getByTestId("cv-uploaded")).toContainText("ada-cv.pdf");
  await expect(page.getByTestId("cv-uploaded")).toContainText("2 MB");

  await fillPerson(page, email);
  await page.getByRole("button", { name: "Add candidate" }).click();
  const success = page.getByTestId("add-success");
  await expect(success).toContainText("Ada Lovelace");
  await expect(success).toContainText(pool.name);
  // Said once, in the form's place: no toast repeats it.
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0);
  const records = await candidatesWithEmail(email);
  expect(records).toHaveLength(1);
  expect(records[0]!.talent_pool_ids).toContain(pool.id);
  expect(await auditEvents(session.workspace.tenantId, "candidate.created")).toContainEqual(
    expect.objectContaining({ actorEmail: session.workspace.member.email, targetId: String(records[0]!.id) }),
  );

  await success.getByRole("link", { name: "Ada Lovelace" }).click();
  await expect(page).toHaveURL(new RegExp(`/candidates/${records[0]!.id}$`));
  await expect(page.getByText("ada-cv.pdf").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Download CV/ })).toBeVisible();

  await page.goto(`/talent-pools/${pool.id}`);
  await expect(page.getByText(email).first()).toBeVisible();
});

test("add another keeps the destination", async ({ page }) => {
  const pool = session.pools[1]!;
  await page.goto(`/candidates/new?pool=${pool.id}`);
  await dropPdf(page);
  await fillPerson(page, uniqueEmail("first"));
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByTestId("add-success")).toBeVisible();
  await page.getByRole("button", { name: "Add another" }).click();
  await expect(form(page).getByRole("combobox", { name: /^Add to/ })).toHaveValue(`talent_pool:${pool.id}`);
  await expect(form(page).getByLabel("Email")).toHaveValue("");
});

test("an upload can be cancelled and the CV replaced @desktop-only", async ({ page }) => {
  await sandboxFault({ method: "POST", path: "/api/v1/utilities/upload-file/", kind: "latency", ms: 4000, count: 1 });
  await page.goto("/candidates/new");
  await dropFile(page, ZONE, { name: "first.pdf", type: "application/pdf", bytes: PDF_BYTES });
  await expect(page.getByRole("progressbar", { name: /Uploading first\.pdf/ })).toBeVisible();
  await page.getByRole("button", { name: "Cancel upload" }).click();
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.getByTestId("cv-uploaded")).toHaveCount(0);
  await dropPdf(page, "second.pdf");
  await dropPdf(page, "third.pdf");
  await expect(page.getByTestId("cv-uploaded")).not.toContainText("second.pdf");
});

test("wrong types are refused: by name in the browser, by content on the server", async ({ page }) => {
  await page.goto("/candidates/new");
  await dropFile(page, ZONE, { name: "notes.txt", type: "text/plain", bytes: Array.from(Buffer.from("hello")) });
  await expect(page.getByText("“notes.txt” is not a PDF, DOC or DOCX file.")).toBeVisible();

  await dropFile(page, ZONE, { name: "fake.pdf", type: "application/pdf", bytes: Array.from(Buffer.from("MZ this is an executable, not a PDF")) });
  await expect(page.getByText(/Uploading the CV failed: This file is not a PDF, DOC or DOCX document \(checked by its content/)).toBeVisible();
  await expect(page.getByTestId("cv-uploaded")).toHaveCount(0);
});

test("an oversize CV is refused with the limit stated", async ({ page }) => {
  await page.goto("/candidates/new");
  await dropFile(page, ZONE, { name: "huge.pdf", type: "application/pdf", bytes: PDF_BYTES, padTo: 21 * 1024 * 1024 });
  await expect(page.getByText("“huge.pdf” is 21 MB; the limit is 20 MB.")).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveCount(0);
});

test("a 12 MB CV streams through (the proxy does not cut bodies at 10 MB)", async ({ page }) => {
  await page.goto("/candidates/new");
  await dropFile(page, ZONE, { name: "long-cv.pdf", type: "application/pdf", bytes: PDF_BYTES, padTo: 12 * 1024 * 1024 });
  await expect(page.getByTestId("cv-uploaded")).toContainText("12 MB", { timeout: 30_000 });
});

test("the upload route refuses an oversize Content-Length before reading the body", async ({ page }) => {
  await page.goto("/candidates/new");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const { port } = new URL(page.url());
  // Announce 25 MB but send only the first bytes: the answer must come without the rest.
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      { host: "localhost", port, path: "/api/uploads/cv", method: "POST", headers: { cookie, "content-type": "application/pdf", "content-length": String(25 * 1024 * 1024), "x-file-name": "big.pdf", "x-tenant": session.workspace.tenantId } },
      (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    request.write(Buffer.from(PDF_BYTES));
  });
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.body)).toEqual({ code: "too_large", error: "The CV is larger than the 20 MB limit. Please upload a smaller file." });
});

test("the upload route refuses strangers with JSON", async ({ playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const response = await anonymous.post("/api/uploads/cv", { data: Buffer.from(PDF_BYTES), headers: { "content-type": "application/pdf", "x-file-name": "cv.pdf" } });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ code: "unauthenticated" });
  await anonymous.dispose();
});

test("a duplicate email offers the existing candidate; adding them where they already are says so and creates nothing", async ({ page }) => {
  const [poolA, poolB] = [session.pools[2]!, session.pools[3]!];
  const email = uniqueEmail("dup");
  const existing = await addCandidateDirectly(email, poolA.id, { first: "Grace", last: "Hopper" });

  // The advisory check (search by email, documented) links the existing record; it claims nothing about where they are.
  await page.goto(`/candidates/new?pool=${poolA.id}`);
  await fillPerson(page, email.toUpperCase(), "Hopper");
  await form(page).getByLabel("Email").blur();
  const notice = page.getByTestId("duplicate-notice");
  await expect(notice.getByRole("link", { name: `Open candidate ${existing.id}` })).toHaveAttribute("href", `/candidates/${existing.id}`);

  // Adding them to the pool they are already in: Recruspace's 409 decides, the page says "already in" with a link.
  await dropPdf(page);
  await page.getByRole("button", { name: "Add candidate" }).click();
  const already = page.getByTestId("already-there");
  await expect(already).toContainText(`already has ${email.toUpperCase()} in talent pool “${poolA.name}”`);
  await expect(already.getByRole("link", { name: "Open the candidate" })).toHaveAttribute("href", `/candidates/${existing.id}`);
  expect(await candidatesWithEmail(email)).toHaveLength(1);

  await choosePool(page, poolB);
  const addInstead = page.getByRole("button", { name: `Add them to talent pool “${poolB.name}” instead` });
  await expect(addInstead).toBeVisible();
  await addInstead.click();
  await expect(page.getByTestId("add-success")).toContainText(poolB.name);
  await expect(page.getByTestId("add-success")).toContainText("Grace Hopper");
  const records = await candidatesWithEmail(email);
  expect(records.filter((record) => record.talent_pool_ids.includes(poolA.id))).toHaveLength(1);
  const addedToB = records.filter((record) => record.talent_pool_ids.includes(poolB.id));
  expect(addedToB).toHaveLength(1);
  expect(await auditEvents(session.workspace.tenantId, "candidate.added_to_destination")).toContainEqual(
    expect.objectContaining({ actorEmail: session.workspace.member.email, targetId: String(addedToB[0]!.id) }),
  );
});

test("a phone number given on the form ends up on the candidate in Recruspace, not in a note", async ({ page }) => {
  const pool = session.pools[1]!;
  const email = uniqueEmail("phone");
  await page.goto(`/candidates/new?pool=${pool.id}`);
  await dropPdf(page);
  await fillPerson(page, email);
  await form(page).getByLabel("Phone").fill("+31 20 123 4567");
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByTestId("add-success")).toContainText(pool.name);
  const records = await candidatesWithEmail(email);
  expect(records).toHaveLength(1);
  const answer = await fetch(`${env.sandboxURL}/api/v1/client/candidates/${records[0]!.id}/`, { headers: { Authorization: `Bearer ${SANDBOX_DEMO_KEY}` } });
  expect(((await answer.json()) as { phone_number: string }).phone_number).toBe("+31 20 123 4567");
  await page.goto(`/candidates/${records[0]!.id}`);
  await expect(page.getByRole("link", { name: "+31 20 123 4567" })).toBeVisible();
  await expect(page.getByText("No notes from this workspace yet.")).toBeVisible();
});

test("the search page's \"add a candidate with this email\" fills the email in", async ({ page }) => {
  const email = uniqueEmail("nobody");
  await page.goto(`/search?email=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: "Add a candidate with this email" }).click();
  await expect(form(page).getByLabel("Email")).toHaveValue(email);
});

for (const fault of [
  { label: "429", rule: { kind: "status", status: 429, retryAfter: 25, count: 1 }, message: /Creating the candidate failed: Recruspace is rate-limiting.*Nothing was created/ },
  { label: "500", rule: { kind: "status", status: 500, count: 3 }, message: /Creating the candidate failed: .*We checked: no candidate was created/ },
  { label: "timeout", rule: { kind: "hang", count: 1 }, message: /Creating the candidate failed: Recruspace did not answer in time.*We checked: no candidate was created/ },
]) {
  test(`a ${fault.label} on the create call keeps the input, and a retry makes exactly one candidate`, async ({ page }) => {
    test.setTimeout(90_000);
    const pool = session.pools[4]!;
    const email = uniqueEmail(`fault${fault.label}`);
    await page.goto(`/candidates/new?pool=${pool.id}`);
    await dropPdf(page);
    await fillPerson(page, email);
    await sandboxFault({ method: "POST", path: MANUAL_ADD, ...fault.rule });
    await page.getByRole("button", { name: "Add candidate" }).click();
    await expect(page.getByRole("alert").filter({ hasText: fault.message })).toBeVisible({ timeout: 30_000 });
    await expect(form(page).getByLabel("Email")).toHaveValue(email);
    await expect(form(page).getByLabel("First name")).toHaveValue("Ada");
    await expect(page.getByTestId("cv-uploaded")).toContainText("ada-cv.pdf");
    expect(await candidatesWithEmail(email)).toHaveLength(0);

    await clearFaults();
    await page.getByRole("button", { name: "Retry" }).click();
    // After a 429 the client holds this key's requests until Retry-After has passed.
    await expect(page.getByTestId("add-success")).toBeVisible({ timeout: 45_000 });
    expect(await candidatesWithEmail(email)).toHaveLength(1);
  });
}

test("a create whose answer is lost is found by email, not repeated", async ({ page }) => {
  test.setTimeout(90_000);
  const pool = session.pools[5]!;
  const email = uniqueEmail("lost");
  await page.goto(`/candidates/new?pool=${pool.id}`);
  await dropPdf(page);
  await fillPerson(page, email);
  await sandboxFault({ method: "POST", path: MANUAL_ADD, kind: "hang", after: true, count: 1 });
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByTestId("add-success")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/slow to answer, but the candidate was created/)).toBeVisible();
  expect(await candidatesWithEmail(email)).toHaveLength(1);
});

test("the add form has no serious accessibility issues", async ({ page }) => {
  await page.goto("/candidates/new");
  await expect(page.getByRole("heading", { name: "Add candidate" })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
