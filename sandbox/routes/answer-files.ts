import { DOCUMENT_MIME_TYPES, sniffDocumentKind } from "../files/sniff";
import type { MultipartFile } from "../http/multipart";
import { tooLargeMessage } from "../http/multipart-body";
import type { DetectedFileType } from "../store/documents";
import type { QuestionRecord } from "../store/types";

/**
 * File answers of a multipart Apply (docs/recruspace-contract.md, "Apply"): how their parts are
 * named, which content each question accepts, and where the stored file goes.
 */

const FILE_PART = /^answers\[(0|[1-9]\d{0,5})\]\.answer_file$/;

/** The index of the answers item a file part belongs to, or null when the name is not `answers[N].answer_file`. */
export function answerFileIndex(partName: string): number | null {
  const match = FILE_PART.exec(partName);
  return match ? Number(match[1]) : null;
}

export const fileAnswerPartName = (index: number) => `answers[${index}].answer_file`;

/** The vendor's example file question is "Photo"; any key or label naming a picture is treated the same way. */
export function isPhotoQuestion(question: QuestionRecord): boolean {
  return /photo|picture|portrait|headshot|avatar/i.test(`${question.questionKey} ${question.label}`);
}

export const EMPTY_FILE = "The submitted file is empty.";
export const UNSUPPORTED_PHOTO = "Unsupported file type. Upload a PNG, JPEG, GIF or WEBP image.";
export const UNSUPPORTED_ATTACHMENT = "Unsupported file type. Upload a PDF, DOC or DOCX file, or a PNG, JPEG, GIF or WEBP image.";

/** Photo questions take images; other file questions take documents or images. The type comes from the bytes. */
export function checkAnswerFile(question: QuestionRecord, file: MultipartFile, maxBytes: number): DetectedFileType | string {
  if (file.data.length === 0) return EMPTY_FILE;
  if (file.data.length > maxBytes) return tooLargeMessage(maxBytes);
  const image = sniffImageType(file.data);
  if (isPhotoQuestion(question)) return image ?? UNSUPPORTED_PHOTO;
  const documentKind = sniffDocumentKind(file.data);
  if (documentKind) return { mimeType: DOCUMENT_MIME_TYPES[documentKind], extension: documentKind };
  return image ?? UNSUPPORTED_ATTACHMENT;
}

export const answerFileFolder = (question: QuestionRecord) => (isPhotoQuestion(question) ? "photo" : "answers");

const PNG_MAGIC = Buffer.from("89504e470d0a1a0a", "hex");
const JPEG_MAGIC = Buffer.from("ffd8ff", "hex");
const GIF_MAGICS = [Buffer.from("GIF87a", "latin1"), Buffer.from("GIF89a", "latin1")];
const RIFF_MAGIC = Buffer.from("RIFF", "latin1");
const WEBP_MARK = Buffer.from("WEBP", "latin1");

export function sniffImageType(bytes: Buffer): DetectedFileType | null {
  if (startsWith(bytes, PNG_MAGIC)) return { mimeType: "image/png", extension: "png" };
  if (startsWith(bytes, JPEG_MAGIC)) return { mimeType: "image/jpeg", extension: "jpg" };
  if (GIF_MAGICS.some((magic) => startsWith(bytes, magic))) return { mimeType: "image/gif", extension: "gif" };
  if (startsWith(bytes, RIFF_MAGIC) && bytes.subarray(8, 12).equals(WEBP_MARK)) return { mimeType: "image/webp", extension: "webp" };
  return null;
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}
