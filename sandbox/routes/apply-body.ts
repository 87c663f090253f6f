import type { RequestContext } from "../http/context";
import { readJsonObject } from "../http/json-body";
import type { MultipartFile, MultipartForm } from "../http/multipart";
import { readMultipartForm } from "../http/multipart-body";
import { answerFileIndex } from "./answer-files";

/**
 * The Apply body in either encoding, turned into what JSON would carry so one validation serves
 * both. Multipart (docs/recruspace-contract.md, "Apply"): text fields as in JSON, `answers` as one
 * JSON text field, and each file answer as the part `answers[N].answer_file`.
 */
export interface ApplyBody {
  /** email, first_name, last_name, cv, terms_of_use and answers, as a JSON body would hold them. */
  fields: Record<string, unknown>;
  /** Why the multipart `answers` field could not be read, if it could not. */
  answersProblem: string | null;
  /** File answers by the index of their answers item. */
  files: Map<number, MultipartFile>;
  /** File parts that are not file answers, by part name. */
  strayFileErrors: Record<string, string[]>;
}

export const INVALID_ANSWERS_JSON = "Value must be valid JSON.";
export const STRAY_FILE = "Unexpected file. File answers are sent as answers[N].answer_file.";

export async function readApplyBody(ctx: RequestContext): Promise<ApplyBody> {
  if (/^multipart\/form-data\b/i.test(ctx.req.headers["content-type"] ?? "")) {
    // The body limit is Upload File's: all file answers together share maxUploadBytes (+ room for the fields).
    return applyBodyFromForm(await readMultipartForm(ctx, "answers"));
  }
  return { fields: await readJsonObject(ctx), answersProblem: null, files: new Map(), strayFileErrors: {} };
}

export function applyBodyFromForm(form: MultipartForm): ApplyBody {
  const { answers: answersText, terms_of_use: termsText, ...fields } = form.fields as Record<string, string | undefined>;
  const body: ApplyBody = { fields, answersProblem: null, files: new Map(), strayFileErrors: {} };
  if (termsText !== undefined) body.fields.terms_of_use = booleanFromText(termsText);
  if (answersText !== undefined && answersText.trim() !== "") {
    try {
      body.fields.answers = JSON.parse(answersText);
    } catch {
      body.answersProblem = INVALID_ANSWERS_JSON;
    }
  }
  for (const [partName, file] of Object.entries(form.files)) {
    const index = answerFileIndex(partName);
    if (index === null) body.strayFileErrors[partName] = [STRAY_FILE];
    else body.files.set(index, file);
  }
  return body;
}

/** Form text "true"/"false" becomes the JSON boolean; anything else stays text, which validation refuses. */
function booleanFromText(text: string): boolean | string {
  if (text === "true") return true;
  if (text === "false") return false;
  return text;
}
