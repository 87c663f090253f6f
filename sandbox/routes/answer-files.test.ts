import { describe, expect, it } from "vitest";
import { buildPdf } from "../files/pdf";
import { buildAvatarPng } from "../files/png";
import type { MultipartFile } from "../http/multipart";
import type { QuestionRecord } from "../store/types";
import { answerFileFolder, answerFileIndex, checkAnswerFile, EMPTY_FILE, isPhotoQuestion, sniffImageType, UNSUPPORTED_ATTACHMENT, UNSUPPORTED_PHOTO } from "./answer-files";

const question = (questionKey: string, label = questionKey): QuestionRecord => ({ id: 1, questionKey, label, type: "file", required: false, options: [], order: 1 });
const file = (data: Buffer): MultipartFile => ({ fieldName: "answers[0].answer_file", filename: "x.bin", contentType: "application/octet-stream", data });

const png = buildAvatarPng([1, 2, 3]);
const jpeg = Buffer.from("ffd8ffe000104a464946", "hex");
const gif = Buffer.from("GIF89a\x01\x00\x01\x00", "latin1");
const webp = Buffer.concat([Buffer.from("RIFF", "latin1"), Buffer.alloc(4), Buffer.from("WEBPVP8 ", "latin1")]);

describe("answerFileIndex", () => {
  it("reads N from answers[N].answer_file and refuses every other name", () => {
    expect(answerFileIndex("answers[0].answer_file")).toBe(0);
    expect(answerFileIndex("answers[12].answer_file")).toBe(12);
    for (const name of ["answers[01].answer_file", "answers[-1].answer_file", "answers[0][answer_file]", "answers.0.answer_file", "answer_file", "answers[0].answer_file "]) {
      expect(answerFileIndex(name)).toBeNull();
    }
  });
});

describe("sniffImageType", () => {
  it.each([
    [png, "image/png"],
    [jpeg, "image/jpeg"],
    [gif, "image/gif"],
    [webp, "image/webp"],
  ])("recognises %#: %s", (bytes, mimeType) => {
    expect(sniffImageType(bytes)?.mimeType).toBe(mimeType);
  });

  it("refuses documents, RIFF files that are not WEBP, and empty input", () => {
    expect(sniffImageType(buildPdf(["x"]))).toBeNull();
    expect(sniffImageType(Buffer.concat([Buffer.from("RIFF", "latin1"), Buffer.alloc(4), Buffer.from("WAVE", "latin1")]))).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe("checkAnswerFile", () => {
  const photo = question("Photo");
  const attachment = question("Portfolio", "Portfolio or writing sample");

  it("treats a key or label naming a picture as a photo question, stored under photo/", () => {
    expect(isPhotoQuestion(photo)).toBe(true);
    expect(isPhotoQuestion(question("Q7", "Profile picture"))).toBe(true);
    expect(isPhotoQuestion(attachment)).toBe(false);
    expect(answerFileFolder(photo)).toBe("photo");
    expect(answerFileFolder(attachment)).toBe("answers");
  });

  it("a photo question takes images only", () => {
    expect(checkAnswerFile(photo, file(png), 1024)).toEqual({ mimeType: "image/png", extension: "png" });
    expect(checkAnswerFile(photo, file(buildPdf(["cv"])), 1024)).toBe(UNSUPPORTED_PHOTO);
  });

  it("another file question takes PDF/DOC/DOCX or an image, nothing else", () => {
    expect(checkAnswerFile(attachment, file(buildPdf(["cv"])), 1024)).toEqual({ mimeType: "application/pdf", extension: "pdf" });
    expect(checkAnswerFile(attachment, file(jpeg), 1024)).toMatchObject({ mimeType: "image/jpeg" });
    expect(checkAnswerFile(attachment, file(Buffer.from("plain text")), 1024)).toBe(UNSUPPORTED_ATTACHMENT);
  });

  it("refuses an empty file and one over the limit", () => {
    expect(checkAnswerFile(photo, file(Buffer.alloc(0)), 1024)).toBe(EMPTY_FILE);
    expect(checkAnswerFile(photo, file(Buffer.concat([png, Buffer.alloc(2048)])), 1024)).toBe("File too large. Maximum size is 1 KB.");
  });
});
