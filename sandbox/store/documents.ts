import crypto from "node:crypto";
import { DOCUMENT_MIME_TYPES, sniffDocumentKind } from "../files/sniff";
import type { MultipartFile } from "../http/multipart";
import type { SandboxStore } from "./store";
import type { DocumentRecord } from "./types";

export const UNSUPPORTED_TYPE = "Unsupported file type. Upload a PDF, DOC or DOCX file.";

/**
 * Stores an uploaded CV-like document for a company. The type comes from the bytes (magic numbers);
 * returns an error message for the field instead when the file is empty or not PDF/DOC/DOCX.
 */
export function documentProblem(file: MultipartFile): string | null {
  if (file.data.length === 0) return "The submitted file is empty.";
  return sniffDocumentKind(file.data) ? null : UNSUPPORTED_TYPE;
}

export function storeUploadedDocument(
  store: SandboxStore,
  companyId: number,
  file: MultipartFile,
  folderKey: string,
): DocumentRecord | string {
  const problem = documentProblem(file);
  const kind = sniffDocumentKind(file.data);
  if (problem || !kind) return problem ?? UNSUPPORTED_TYPE;
  return storeFile(store, companyId, file, folderKey, { mimeType: DOCUMENT_MIME_TYPES[kind], extension: kind });
}

/** A file's type as detected from its bytes; `extension` names the file when the client gave no usable name. */
export interface DetectedFileType {
  mimeType: string;
  extension: string;
}

/** Stores a file whose type the caller has already detected and accepted (Apply's file answers). */
export function storeFile(store: SandboxStore, companyId: number, file: MultipartFile, folderKey: string, type: DetectedFileType): DocumentRecord {
  const uploadedAt = store.nowIso();
  const name = safeFileName(file.filename, type.extension);
  const record: DocumentRecord = {
    id: store.nextId(),
    companyId,
    path: `companies/${companyId}/${folderKey}/${uploadedAt.slice(0, 7).replace("-", "/")}/${crypto.randomBytes(6).toString("hex")}-${name}`,
    name,
    type: type.mimeType,
    fileSize: file.data.length,
    contentBase64: file.data.toString("base64"),
    uploadedAt,
  };
  store.state.documents.push(record);
  store.changed();
  return record;
}

function safeFileName(filename: string, extension: string): string {
  const base = (filename.split(/[\\/]/).pop() ?? "").replace(/[^\p{L}\p{N}._() -]/gu, "_").trim().slice(-150);
  return base && base !== "." && base !== ".." ? base : `document.${extension}`;
}
