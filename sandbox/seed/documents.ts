import { buildPdf } from "../files/pdf";
import { buildAvatarPng } from "../files/png";
import { buildDocx } from "../files/zip";
import { DOCUMENT_MIME_TYPES } from "../files/sniff";
import type { DocumentRecord } from "../store/types";
import { slugify, type SeedContext } from "./context";

export function seedCvDocument(
  ctx: SeedContext,
  person: { firstName: string; lastName: string; email: string; headline: string; lines: string[] },
  uploadedAt: string,
  kind: "pdf" | "docx",
): DocumentRecord {
  const fullName = `${person.firstName} ${person.lastName}`;
  const bytes =
    kind === "pdf"
      ? buildPdf([fullName, person.headline, person.email, "", ...person.lines])
      : buildDocx(`${fullName} - ${person.headline} - ${person.email}. ${person.lines.join(" ")}`);
  const name = `${slugify(fullName)}-cv.${kind}`;
  return addDocument(ctx, "cv", name, DOCUMENT_MIME_TYPES[kind], bytes, uploadedAt);
}

const AVATAR_COLOURS: [number, number, number][] = [
  [37, 99, 235],
  [22, 163, 74],
  [219, 39, 119],
  [234, 88, 12],
  [124, 58, 237],
  [8, 145, 178],
  [71, 85, 105],
];

export function seedPhotoDocument(ctx: SeedContext, fullName: string, uploadedAt: string): DocumentRecord {
  const bytes = buildAvatarPng(ctx.random.pick(AVATAR_COLOURS));
  return addDocument(ctx, "photo", `${slugify(fullName)}.png`, "image/png", bytes, uploadedAt);
}

function addDocument(ctx: SeedContext, folder: string, name: string, type: string, bytes: Buffer, uploadedAt: string): DocumentRecord {
  const record: DocumentRecord = {
    id: ctx.nextId(),
    companyId: ctx.company.id,
    path: `companies/${ctx.company.id}/${folder}/${uploadedAt.slice(0, 7).replace("-", "/")}/${name}`,
    name,
    type,
    fileSize: bytes.length,
    contentBase64: bytes.toString("base64"),
    uploadedAt,
  };
  ctx.state.documents.push(record);
  return record;
}
