import { describe, expect, it } from "vitest";
import { buildPdf } from "./pdf";
import { sniffDocumentKind } from "./sniff";
import { buildDocx, buildZip, listZipEntries } from "./zip";

describe("sniffDocumentKind", () => {
  it("recognises PDF, DOC (OLE) and DOCX by content", () => {
    expect(sniffDocumentKind(buildPdf(["Jane Doe"]))).toBe("pdf");
    expect(sniffDocumentKind(Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(64)]))).toBe("doc");
    expect(sniffDocumentKind(buildDocx("Jane Doe"))).toBe("docx");
  });

  it("refuses other ZIPs, text claiming to be a PDF, images and empty input", () => {
    expect(sniffDocumentKind(buildZip([{ name: "xl/workbook.xml", data: "<x/>" }]))).toBeNull();
    expect(sniffDocumentKind(Buffer.from("This is not a %PDF- file"))).toBeNull();
    expect(sniffDocumentKind(Buffer.from("89504e470d0a1a0a0000", "hex"))).toBeNull();
    expect(sniffDocumentKind(Buffer.alloc(0))).toBeNull();
    expect(sniffDocumentKind(Buffer.from("PK\u0003\u0004 truncated zip"))).toBeNull();
  });
});

describe("listZipEntries", () => {
  it("reads the central directory, also with a trailing archive comment", () => {
    const zip = buildZip([
      { name: "a.txt", data: "a" },
      { name: "word/document.xml", data: "<w/>" },
    ]);
    expect(listZipEntries(zip)).toEqual(["a.txt", "word/document.xml"]);
    const withComment = Buffer.concat([zip, Buffer.from("comment")]);
    withComment.writeUInt16LE(7, zip.length - 2);
    expect(listZipEntries(withComment)).toEqual(["a.txt", "word/document.xml"]);
  });

  it("returns null for corrupt directories", () => {
    const zip = buildZip([{ name: "word/document.xml", data: "<w/>" }]);
    const corrupt = Buffer.from(zip);
    corrupt.writeUInt32LE(0xffffff, corrupt.length - 6); // directory offset past the end
    expect(listZipEntries(corrupt)).toBeNull();
    expect(listZipEntries(Buffer.from("short"))).toBeNull();
  });
});

describe("buildPdf", () => {
  it("writes a cross-reference table whose offsets point at the objects", () => {
    const pdf = buildPdf(["Zoë (Müller)", "line"]).toString("latin1");
    const xref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe("xref");
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((offset, index) => expect(pdf.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true));
    expect(pdf).toContain("(Zoe \\(Muller\\)) Tj");
  });
});
