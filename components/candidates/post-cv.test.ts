import { afterEach, describe, expect, it, vi } from "vitest";
import { CvUploadFailed, uploadCv } from "./post-cv";

/** The browser's XMLHttpRequest as far as uploadCv uses it: records what was called, fires no network. */
class RecordingXhr {
  static last: RecordingXhr;
  calls: string[] = [];
  upload = { onprogress: null as unknown };
  onabort: (() => void) | null = null;
  constructor() {
    RecordingXhr.last = this;
  }
  open() {
    this.calls.push("open");
  }
  setRequestHeader() {}
  send() {
    this.calls.push("send");
  }
  abort() {
    // Like the browser: an abort after send() fires "abort"; before it, nothing fires.
    this.calls.push("abort");
    if (this.calls.includes("send")) this.onabort?.();
  }
}

const file = new File(["%PDF-1.4"], "cv.pdf", { type: "application/pdf" });

describe("uploadCv", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("sends the file in a task after the one that started it", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("XMLHttpRequest", RecordingXhr);
    uploadCv(file, "tenant", () => {});
    expect(RecordingXhr.last.calls).toEqual(["open"]);
    await vi.runAllTimersAsync();
    expect(RecordingXhr.last.calls).toEqual(["open", "send"]);
  });

  it("a cancel before the file was sent settles the upload as cancelled and never sends it", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("XMLHttpRequest", RecordingXhr);
    const handle = uploadCv(file, "tenant", () => {});
    handle.abort();
    await expect(handle.promise).rejects.toMatchObject({ code: "aborted" });
    await vi.runAllTimersAsync();
    expect(RecordingXhr.last.calls).toEqual(["open"]);
  });

  it("a cancel after the file was sent aborts the request", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("XMLHttpRequest", RecordingXhr);
    const handle = uploadCv(file, "tenant", () => {});
    await vi.runAllTimersAsync();
    handle.abort();
    await expect(handle.promise).rejects.toBeInstanceOf(CvUploadFailed);
    expect(RecordingXhr.last.calls).toEqual(["open", "send", "abort"]);
  });
});
