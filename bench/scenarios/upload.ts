import { rssBytes, serverPid, withCpu } from "../lib/processes";
import type { SandboxApi } from "../lib/sandbox-api";
import { median, ratio } from "../lib/stats";

export const CV_BYTES = 20 * 1024 * 1024;

/** A 20 MiB file that every PDF sniffer accepts: header, filler comments, trailer. */
export function bigPdf(size = CV_BYTES): Uint8Array<ArrayBuffer> {
  const head = Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1");
  const tail = Buffer.from("\n%%EOF\n", "latin1");
  const out = new Uint8Array(size);
  Buffer.from(out.buffer).fill("% filler line for the upload benchmark\n");
  out.set(head, 0);
  out.set(tail, size - tail.length);
  return out;
}

export type UploadResult = {
  bytes: number;
  runs: number;
  directMs: number;
  appMs: number;
  timeRatio: number;
  peakRssGrowthMiB: number;
  medianRssGrowthMiB: number;
  /** The same through the app with a 2 MiB file: growth that does not scale with size is not buffering. */
  smallFileMedianRssGrowthMiB: number;
  /** CPU per 20 MiB upload: the app server through the app, the sandbox on either path. */
  appCpuMsPerUpload: number;
  sandboxCpuMsPerUpload: number;
};

/** Samples the server's RSS every 10 ms while `work` runs; returns the peak minus the value before. */
async function withRssSampling<T>(rootPid: number, work: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const pid = serverPid(rootPid);
  const baseline = rssBytes(pid);
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssBytes(pid));
  }, 10);
  try {
    const result = await work();
    peak = Math.max(peak, rssBytes(pid));
    return { result, growth: peak - baseline };
  } finally {
    clearInterval(timer);
  }
}

export async function measureUpload(options: {
  appURL: string;
  cookie: string;
  /** The workspace the signed-in page shows; the upload route refuses a page of another (X-Tenant). */
  tenantId: string;
  sandboxURL: string;
  sandbox: SandboxApi;
  appRootPid: number;
  sandboxRootPid: number;
  runs: number;
}): Promise<UploadResult> {
  const pdf = bigPdf();
  const direct = async () => {
    const form = new FormData();
    form.set("file", new Blob([pdf], { type: "application/pdf" }), "bench-cv.pdf");
    form.set("folder_key", "cv");
    const start = performance.now();
    const response = await fetch(`${options.sandboxURL}${options.sandbox.uploadPath}`, { method: "POST", headers: options.sandbox.authHeaders, body: form });
    const text = await response.text();
    if (response.status !== 201) throw new Error(`direct upload → HTTP ${response.status}: ${text.slice(0, 200)}`);
    return performance.now() - start;
  };
  const viaApp = async (body: Uint8Array<ArrayBuffer> = pdf) => {
    const start = performance.now();
    const response = await fetch(`${options.appURL}/api/uploads/cv`, {
      method: "POST",
      headers: { Cookie: options.cookie, "Content-Type": "application/pdf", "X-File-Name": "bench-cv.pdf", "X-Tenant": options.tenantId },
      body,
    });
    const text = await response.text();
    if (response.status !== 201) throw new Error(`app upload → HTTP ${response.status}: ${text.slice(0, 200)}`);
    return performance.now() - start;
  };

  // One unmeasured upload each, so lazily loaded server code and connection set-up are not counted.
  await direct();
  await viaApp();
  const directTimes: number[] = [];
  const appTimes: number[] = [];
  const growths: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    directTimes.push(await direct());
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { result, growth } = await withRssSampling(options.appRootPid, () => viaApp());
    appTimes.push(result);
    growths.push(growth);
  }
  const cpuRuns = 5;
  const { cpuMsEach: appCpuMsPerUpload } = await withCpu(options.appRootPid, cpuRuns, async () => {
    for (let i = 0; i < cpuRuns; i++) await viaApp();
  });
  const { cpuMsEach: sandboxCpuMsPerUpload } = await withCpu(options.sandboxRootPid, cpuRuns, async () => {
    for (let i = 0; i < cpuRuns; i++) await direct();
  });
  const small = bigPdf(2 * 1024 * 1024);
  const smallGrowths: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    smallGrowths.push((await withRssSampling(options.appRootPid, () => viaApp(small))).growth);
  }
  const mib = (bytes: number) => bytes / (1024 * 1024);
  return {
    bytes: pdf.length,
    runs: options.runs,
    directMs: median(directTimes),
    appMs: median(appTimes),
    timeRatio: ratio(median(appTimes), median(directTimes)),
    peakRssGrowthMiB: mib(Math.max(...growths)),
    medianRssGrowthMiB: mib(median(growths)),
    smallFileMedianRssGrowthMiB: mib(median(smallGrowths)),
    appCpuMsPerUpload,
    sandboxCpuMsPerUpload,
  };
}
