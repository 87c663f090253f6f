import { describe, expect, it } from "vitest";
import { contentDisposition, resolveContentType } from "./files";

describe("resolveContentType", () => {
  it("prefers the file name's extension", () => {
    expect(resolveContentType("CV.PDF", "application/octet-stream", "binary/octet-stream")).toBe("application/pdf");
    expect(resolveContentType("cv.docx", null, null)).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(resolveContentType("cv.doc", null, null)).toBe("application/msword");
  });

  it("accepts only known types from upstream and never text/html", () => {
    expect(resolveContentType("photo", "image/png", null)).toBe("image/png");
    expect(resolveContentType("page", "text/html", "text/html; charset=utf-8")).toBe("application/octet-stream");
    expect(resolveContentType("x.svg", "image/svg+xml", "image/svg+xml")).toBe("application/octet-stream");
  });
});

describe("contentDisposition", () => {
  it("shows PDFs inline unless a download is asked for", () => {
    expect(contentDisposition("cv.pdf", "application/pdf", false)).toMatch(/^inline; filename="cv.pdf"/);
    expect(contentDisposition("cv.pdf", "application/pdf", true)).toMatch(/^attachment;/);
  });

  it("always downloads Word files", () => {
    expect(contentDisposition("cv.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false)).toMatch(/^attachment;/);
  });

  it("cannot be broken by quotes, newlines or non-ASCII names", () => {
    const header = contentDisposition('Zoë "CV"\r\nX-Evil: 1.pdf', "application/pdf", false);
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="Zo_ _CV___X-Evil: 1.pdf"');
    expect(header).toContain("filename*=UTF-8''Zo%C3%AB%20_CV___X-Evil%3A%201.pdf");
  });
});
