import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "@/lib/config/env";
import { fileFetchPolicy, streamCandidateFile } from "@/lib/candidates/files";
import { createRecruspaceClient } from "@/lib/recruspace/client";
import { startSandbox, type Sandbox } from "@/sandbox/server";
import { SANDBOX_KEYS } from "@/sandbox/seed-data";

/**
 * The CV/photo proxy against a hostile upstream: a small fake Recruspace answers Get Candidate with a
 * real candidate record from the sandbox whose file links are doctored to point into the server's own
 * network (loopback, private, link-local / cloud metadata) or to a redirect. Every one is refused in
 * words, and the target — a local server standing in for an internal service — never gets a request.
 */
let sandbox: Sandbox;
let target: http.Server;
let targetPort: number;
const targetRequests: string[] = [];
let upstream: http.Server;
let upstreamOrigin: string;
let candidateJson: Record<string, unknown>;
/** The cv link the fake upstream hands out for each candidate id. */
const links = new Map<number, string>();

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimitPerMinute: 100_000 });
  const auth = { Authorization: `Bearer ${SANDBOX_KEYS.acme}` };
  const pools = (await (await fetch(`${sandbox.url}/api/v1/client/talent-pools/`, { headers: auth })).json()) as { id: number; candidate_count: number }[];
  const pool = pools.find((p) => p.candidate_count > 0)!;
  const page = (await (await fetch(`${sandbox.url}/api/v1/client/talent-pools/${pool.id}/candidates/?page_size=50`, { headers: auth })).json()) as { results: { id: number }[] };
  for (const { id } of page.results) {
    const detail = (await (await fetch(`${sandbox.url}/api/v1/client/candidates/${id}/`, { headers: auth })).json()) as Record<string, unknown> & { cv: { name: string } | null };
    if (detail.cv?.name.endsWith(".pdf")) {
      candidateJson = detail;
      break;
    }
  }
  expect(candidateJson, "a sandbox candidate with a PDF CV").toBeDefined();

  target = http.createServer((req, res) => {
    targetRequests.push(req.url ?? "");
    res.end("internal secret");
  });
  targetPort = await listen(target);

  upstream = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://upstream");
    if (url.pathname === "/files/redirect") {
      res.writeHead(302, { Location: `http://127.0.0.1:${targetPort}/secret` });
      return res.end();
    }
    const match = /^\/api\/v1\/client\/candidates\/(\d+)\/$/.exec(url.pathname);
    const link = match ? links.get(Number(match[1])) : undefined;
    if (!link) {
      res.writeHead(404, { "Content-Type": "application/json" });
      return res.end(JSON.stringify({ detail: "Not found." }));
    }
    const cv = { ...(candidateJson.cv as object), presigned_url: link };
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ ...candidateJson, id: Number(match![1]), cv, photo: { ...cv, name: "photo.png", type: "image/png" } }));
  });
  upstreamOrigin = `http://127.0.0.1:${await listen(upstream)}`;
});

afterAll(async () => {
  for (const server of [target, upstream]) {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  }
  await sandbox?.close();
});

// As deployed: the upstream's own base URL is configured (RECRUSPACE_ALLOWED_BASE_URLS), nothing else.
const policy = () => fileFetchPolicy(readEnv({ RECRUSPACE_ALLOWED_BASE_URLS: upstreamOrigin }));
const client = () => createRecruspaceClient({ baseUrl: upstreamOrigin, apiKey: "rsk_fake_upstream_key", maxGetRetries: 0 });

describe("file links from a hostile upstream", () => {
  const cases: { name: string; link: () => string; code: string; words: RegExp }[] = [
    { name: "loopback over plain http", link: () => `http://127.0.0.1:${targetPort}/secret`, code: "not_https", words: /does not use https/ },
    { name: "loopback over https", link: () => `https://127.0.0.1:${targetPort}/secret`, code: "not_public", words: /private or local network address/ },
    { name: "a name that resolves to loopback", link: () => `https://localhost:${targetPort}/secret`, code: "not_public", words: /private or local network address/ },
    { name: "IPv6 loopback", link: () => `https://[::1]:${targetPort}/secret`, code: "not_public", words: /private or local network address/ },
    { name: "IPv4-mapped loopback", link: () => `https://[::ffff:7f00:1]:${targetPort}/secret`, code: "not_public", words: /private or local network address/ },
    { name: "a private address", link: () => "https://10.20.30.40/cv.pdf", code: "not_public", words: /private or local network address/ },
    { name: "link-local cloud metadata", link: () => "https://169.254.169.254/latest/meta-data/iam/security-credentials/", code: "not_public", words: /private or local network address/ },
    { name: "a redirect into the network", link: () => `${upstreamOrigin}/files/redirect`, code: "redirect", words: /does not follow redirects/ },
  ];

  cases.forEach(({ name, link, code, words }, index) => {
    it(`refuses ${name} with a clear message and sends the target nothing`, async () => {
      const id = 1000 + index;
      links.set(id, link());
      for (const kind of ["cv", "photo"] as const) {
        const outcome = await streamCandidateFile(client(), id, kind, { download: false, policy: policy() });
        expect(outcome).toMatchObject({ ok: false, status: 502, code });
        if (outcome.ok) return;
        expect(outcome.error).toMatch(words);
        expect(outcome.error).toContain(kind === "cv" ? "the CV" : "the photo");
        expect(outcome.error).not.toContain(String(targetPort));
      }
      expect(targetRequests).toEqual([]);
    });
  });

  it("refuses a host outside RECRUSPACE_FILE_HOSTS", async () => {
    links.set(2000, "https://files.elsewhere.example/cv.pdf");
    const strict = fileFetchPolicy(readEnv({ RECRUSPACE_ALLOWED_BASE_URLS: upstreamOrigin, RECRUSPACE_FILE_HOSTS: "*.storage.example" }));
    const outcome = await streamCandidateFile(client(), 2000, "cv", { download: false, policy: strict });
    expect(outcome).toMatchObject({ ok: false, status: 502, code: "host_not_allowed" });
  });

  it("still streams the sandbox's own files, from the configured sandbox origin only", async () => {
    const sandboxClient = createRecruspaceClient({ baseUrl: sandbox.url, apiKey: SANDBOX_KEYS.acme });
    const configured = fileFetchPolicy(readEnv({ RECRUSPACE_ALLOWED_BASE_URLS: sandbox.url }));
    const outcome = await streamCandidateFile(sandboxClient, candidateJson.id as number, "cv", { download: true, policy: configured });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(Buffer.from(await outcome.response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    expect(outcome.response.headers.get("content-disposition")).toMatch(/^attachment; filename=".*\.pdf"/);

    const unconfigured = await streamCandidateFile(sandboxClient, candidateJson.id as number, "cv", { download: false, policy: fileFetchPolicy(readEnv({})) });
    expect(unconfigured).toMatchObject({ ok: false, code: "not_https" });
  });
});
