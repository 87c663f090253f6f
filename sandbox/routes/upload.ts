import { readMultipartForm } from "../http/multipart-body";
import { badRequest, fail, json } from "../http/response";
import type { Route } from "../http/router";
import { storeUploadedDocument } from "../store/documents";
import { serializerFor } from "./shared";

/** Upload File: multipart `file` (+ optional `folder_key`), answers the wrapped File object. */
export const uploadRoutes: Route[] = [
  {
    pattern: "/api/v1/utilities/upload-file/",
    handlers: {
      POST: async (ctx) => {
        const form = await readMultipartForm(ctx, "file");
        const file = form.files.file;
        const folderKey = (form.fields.folder_key ?? "cv").trim() || "cv";
        const errors: Record<string, string[]> = {};
        if (!file) errors.file = ["No file was submitted."];
        if (!/^[a-z0-9_-]{1,50}$/i.test(folderKey)) errors.folder_key = ["Enter a valid folder key (letters, digits, - and _)."];
        if (!file || Object.keys(errors).length > 0) fail(badRequest(errors));
        const stored = storeUploadedDocument(ctx.store, ctx.company.id, file, folderKey);
        if (typeof stored === "string") fail(badRequest({ file: [stored] }));
        return json(201, { success: "OK", content: serializerFor(ctx).file(stored.id) });
      },
    },
  },
];
