import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { median } from "../lib/stats";

export type PageSpeed = {
  path: string;
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  scripts: number;
  jsGzipKiB: number;
  /** Largest first, so a reader sees what to trim. */
  scriptSizes?: { url: string; gzipKiB: number }[];
  runs: number;
  /** Set when the route does not exist in this build (nothing was measured). */
  missing?: boolean;
};

type NetworkItem = { url: string; resourceType?: string };

/** Gzip size (level 9, what a CDN serves at best) of every script URL the page loaded from the app. */
async function jsGzipSizes(urls: string[], cookie: string): Promise<{ url: string; gzipKiB: number }[]> {
  const sizes: { url: string; gzipKiB: number }[] = [];
  for (const url of urls) {
    const response = await fetch(url, { headers: { Cookie: cookie, "Accept-Encoding": "identity" } });
    sizes.push({ url: new URL(url).pathname, gzipKiB: gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length / 1024 });
  }
  return sizes.sort((a, b) => b.gzipKiB - a.gzipKiB);
}

/**
 * Lighthouse 12's default (mobile) preset against each signed-in page, in Debian's Chromium.
 * With several runs the run with the median score is reported.
 */
export async function measurePageSpeed(options: { appURL: string; cookie: string; paths: string[]; runs: number }): Promise<PageSpeed[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
  });
  const results: PageSpeed[] = [];
  try {
    for (const path of options.paths) {
      const url = `${options.appURL}${path}`;
      const probe = await fetch(url, { headers: { Cookie: options.cookie }, redirect: "manual" });
      await probe.arrayBuffer();
      if (probe.status === 404) {
        results.push({ path, score: Number.NaN, lcpMs: Number.NaN, tbtMs: Number.NaN, cls: Number.NaN, scripts: 0, jsGzipKiB: Number.NaN, runs: 0, missing: true });
        continue;
      }
      const runs: PageSpeed[] = [];
      for (let i = 0; i < options.runs; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
          extraHeaders: { Cookie: options.cookie },
        });
        if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`);
        const finalUrl = lhr.finalDisplayedUrl ?? url;
        if (!finalUrl.startsWith(url)) throw new Error(`lighthouse ${url} ended on ${finalUrl} (not signed in, or the page redirects)`);
        const items = ((lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ?? []) as NetworkItem[];
        const scripts = [...new Set(items.filter((item) => item.resourceType === "Script" && item.url.startsWith(options.appURL)).map((item) => item.url))];
        const scriptSizes = await jsGzipSizes(scripts, options.cookie);
        runs.push({
          path,
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
          tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
          cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
          scripts: scripts.length,
          jsGzipKiB: scriptSizes.reduce((sum, script) => sum + script.gzipKiB, 0),
          scriptSizes,
          runs: options.runs,
        });
      }
      const middle = median(runs.map((run) => run.score));
      results.push(runs.find((run) => run.score === middle)!);
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
