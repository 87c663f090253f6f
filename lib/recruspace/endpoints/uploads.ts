import type { HttpTransport } from "../http";
import { buildMultipart, type MultipartTextField } from "../multipart";
import { uploadFileResponseSchema, type UploadBody, type UploadedDocument } from "../schemas";
import { multipartOrValidation } from "./candidates";

export function uploadEndpoints(http: HttpTransport) {
  return {
    /**
     * POST /api/v1/utilities/upload-file/ (multipart `file` + optional `folder_key`), streamed.
     * Reply {"success":"OK","content":{File}} → the File; its id is what `cv` expects.
     */
    async uploadFile(input: UploadBody & { folderKey?: string }): Promise<UploadedDocument> {
      const operation = "uploadFile";
      const fields: MultipartTextField[] = input.folderKey ? [{ name: "folder_key", value: input.folderKey }] : [];
      const { folderKey: _folderKey, ...file } = input;
      const multipart = multipartOrValidation(operation, () => buildMultipart(fields, { fieldName: "file", ...file }), "file");
      return http.json({ operation, method: "POST", path: "/api/v1/utilities/upload-file/", multipart }, uploadFileResponseSchema);
    },
  };
}
