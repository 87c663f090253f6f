import { expect, test } from "./support/fixtures";

/**
 * Until React runs in the browser, a click must not submit a form natively: that would put its
 * fields (a password, an API key, a candidate's details) into the URL and the server's logs.
 * The server HTML is read without running any script.
 */
test("forms with secrets post, and their submit buttons wait for JavaScript @desktop-only", async ({ request }) => {
  for (const path of ["/sign-in", "/sign-up"]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/<form[^>]*method="post"/);
    const submit = /<button[^>]*type="submit"[^>]*>/.exec(html)?.[0] ?? "";
    expect(submit, `${path} submit button`).toMatch(/disabled/);
  }
});
