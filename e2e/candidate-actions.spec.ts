import { test, expect } from "./support/fixtures";
import { seedWorkspace, type SeededWorkspace } from "../tests/support/built-app/seed";
import { signIn } from "./support/sign-in";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { addCandidateDirectly, candidatesWithEmail, sandboxApi, talentPools, uniqueEmail } from "./support/candidates";

/**
 * From the candidate page: add the person to another pool with what Recruspace has (nothing typed again,
 * a second time says "already there"), open a post's apply form filled in with them, copy the email; and
 * the timeline names the member who did each.
 */
type Question = { required: boolean; type: string; question_key: string };

let workspace: SeededWorkspace;
let pools: { id: number; name: string }[];
/** A published post whose only required question is a phone number. */
let simplePost: { hash: string; title: string; phoneKey: string };

test.beforeAll(async () => {
  workspace = seedWorkspace();
  pools = await talentPools();
  const posts = await sandboxApi<{ results: { hash: string; title: string }[] }>("GET", "/api/v1/client/job-posts/?status=published&page_size=100");
  for (const post of posts.results) {
    const questions = await sandboxApi<Question[]>("GET", `/api/v1/client/job-posts/${post.hash}/questions/`);
    const required = questions.filter((q) => q.required);
    if (required.length === 1 && required[0]!.type === "phone") {
      simplePost = { ...post, phoneKey: required[0]!.question_key };
      break;
    }
  }
});

test.beforeEach(async ({ page }) => {
  await signIn(page, workspace.member);
});

test("adds the candidate to another pool from their page; again says already there; the timeline names the member", async ({ page }) => {
  const email = uniqueEmail("profile-add");
  const [from, to] = [pools[0]!, pools[1]!];
  const { id } = await addCandidateDirectly(email, from.id, { first: "Petra", last: "Profile" });
  await page.goto(`/candidates/${id}`);
  await expect(page.getByRole("heading", { name: "Petra Profile" })).toBeVisible();

  await page.getByRole("button", { name: "Add to a job post or pool" }).click();
  const form = page.getByRole("form", { name: "Add to a job post or pool" });
  await form.getByLabel("Job post or talent pool").selectOption(`talent_pool:${to.id}`);
  await expectNoSeriousA11yViolations(page, "the candidate page's add panel");
  await form.getByRole("button", { name: /^Add to talent pool/ }).click();
  await expect(form.getByTestId("profile-add-success")).toContainText(`Petra Profile is now in talent pool “${to.name}”`);
  const records = await candidatesWithEmail(email);
  expect(records.filter((record) => record.talent_pool_ids.includes(to.id))).toHaveLength(1);

  // The same pool again: Recruspace's 409 says they are there, nothing new is made.
  await form.getByRole("button", { name: /^Add to talent pool/ }).click();
  await expect(form.getByTestId("already-there")).toBeVisible();
  await expect(form.getByTestId("already-there").getByRole("link")).toBeVisible();
  expect(await candidatesWithEmail(email)).toHaveLength(records.length);

  await page.reload();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByTestId("timeline-event").first()).toContainText(`${workspace.member.name} added them to talent pool “${to.name}”`);
  await expectNoSeriousA11yViolations(page, "the candidate page with its timeline");
});

test("applies the candidate to a job post from their page with their details filled in", async ({ page }) => {
  expect(simplePost, "a published post whose only required question is a phone number").toBeDefined();
  const email = uniqueEmail("profile-apply");
  const { id } = await addCandidateDirectly(email, pools[0]!.id, { first: "Arne", last: "Applicant" });
  await page.goto(`/candidates/${id}`);
  await page.getByRole("button", { name: "Apply to a job post" }).click();
  const chooser = page.getByRole("form", { name: "Apply to a job post" });
  await chooser.getByLabel("Job post", { exact: true }).selectOption(`job_post:${simplePost.hash}`);
  await chooser.getByRole("button", { name: "Open the apply form" }).click();

  await expect(page).toHaveURL(new RegExp(`/job-posts/${simplePost.hash}/apply\\?candidate=${id}$`));
  const form = page.getByRole("form", { name: /^Apply to/ });
  await expect(form.getByLabel("Email")).toHaveValue(email);
  await expect(form.getByLabel("First name")).toHaveValue("Arne");
  await expect(form.getByLabel("Last name")).toHaveValue("Applicant");
  await expectNoSeriousA11yViolations(page, "the apply form filled in from a candidate");
  await form.locator(`[data-question="${simplePost.phoneKey}"]`).getByRole("textbox").fill("+31 20 123 4567");
  await form.getByLabel("The candidate accepted the terms of use").check();
  await form.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByTestId("apply-success")).toContainText("Arne Applicant");

  await page.goto(`/candidates/${id}`);
  await expect(page.getByRole("region", { name: "Timeline" }).getByTestId("timeline-event").first()).toContainText(
    `${workspace.member.name} applied them to`,
  );
});

test("copies the email", async ({ page, context, browserName }) => {
  test.skip(browserName !== "chromium", "clipboard permissions are Chromium's");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const email = uniqueEmail("profile-copy");
  const { id } = await addCandidateDirectly(email, pools[0]!.id);
  await page.goto(`/candidates/${id}`);
  await page.getByRole("button", { name: "Copy email" }).click();
  await expect(page.getByText("Email copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(email);
});

test("finds a person this workspace has seen by the beginning of their name, as you type and on the search page", async ({ page }) => {
  const email = uniqueEmail("index-find");
  const last = `Ñúñez${Date.now().toString(36)}`;
  const { id } = await addCandidateDirectly(email, pools[0]!.id, { first: "Óscar", last });
  // Opening the candidate is how the workspace sees them.
  await page.goto(`/candidates/${id}`);
  await expect(page.getByRole("heading", { name: `Óscar ${last}` })).toBeVisible();

  const box = page.getByRole("combobox", { name: "Search candidates by name, tag or email" });
  // Typed without accents and in other case: the index folds both.
  const typed = `oscar ${last.slice(0, 6).normalize("NFD").replace(/\p{M}/gu, "").toUpperCase()}`;
  // The suggestions are React's: "/" focusing the box says the header is live (a press before that does nothing).
  await page.getByRole("heading", { name: `Óscar ${last}` }).click();
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await box.fill(typed);
  const suggestion = page.getByRole("option", { name: new RegExp(`Óscar ${last}`) });
  await expect(suggestion).toBeVisible();
  await expect(page.getByText("Finds people this workspace has seen", { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the header search's suggestions");
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/candidates/${id}$`));

  await page.goto(`/search?q=${encodeURIComponent(typed)}`);
  await expect(page.getByTestId("search-hit").filter({ hasText: `Óscar ${last}` })).toHaveAttribute("href", new RegExp(`^/candidates/${id}\\?from=%2Fsearch%3Fq%3D`));
  await expectNoSeriousA11yViolations(page, "search by name");
});
