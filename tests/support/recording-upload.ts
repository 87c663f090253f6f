import type { CvUploadBody } from "@/lib/cv/stream-to-recruspace";
import { forEachChunk } from "./read-stream";

/** Stands in for Recruspace: reads the whole body the way an HTTP upload would, and records each call. */
export function recordingUpload(documentId = 20170) {
  const calls: { filename: string; contentType: string; size: number; received: number }[] = [];
  const upload = async (body: CvUploadBody) => {
    let received = 0;
    await forEachChunk(body.body, (part) => (received += part.byteLength));
    calls.push({ filename: body.filename, contentType: body.contentType, size: body.size, received });
    return { id: documentId, name: body.filename, file_size: received };
  };
  return { calls, upload };
}
