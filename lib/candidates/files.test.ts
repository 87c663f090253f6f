import { describe, expect, it } from "vitest";
import { contentDisposition, downloadName, resolveContentType } from "./files";

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

describe("the saved name ends in the served type's extension", () => {
  it("saves a PDF named .html as .pdf, inline or downloaded", () => {
    // Recruspace declares the file a PDF; its name says HTML. It is served as a PDF, so it is saved as one.
    const type = resolveContentType("evil.html", "application/pdf", "text/html");
    expect(type).toBe("application/pdf");
    for (const download of [false, true]) {
      const header = contentDisposition("evil.html", type, download);
      expect(header).toContain('filename="evil.html.pdf"');
      expect(header).toContain("filename*=UTF-8''evil.html.pdf");
      expect(header).not.toMatch(/filename="[^"]*\.html"/);
    }
  });

  it("keeps a name whose extension already fits, in any case, and names the rest after their type", () => {
    expect(downloadName("CV.PDF", "application/pdf")).toBe("CV.PDF");
    expect(downloadName("photo.jpeg", "image/jpeg")).toBe("photo.jpeg");
    expect(downloadName("photo", "image/jpeg")).toBe("photo.jpg");
    expect(downloadName("cv", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe("cv.docx");
    expect(downloadName("page.html", "application/octet-stream")).toBe("page.html.bin");
  });
});
