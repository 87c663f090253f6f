import type { z } from "zod";
import {
  ConflictError,
  MalformedResponseError,
  NotFoundError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
  type RecruspaceError,
} from "./errors";

type Redact = (text: string) => string;

/**
 * DRF field errors → flat { "field": [...], "answers.Phone": [...], "answers.0.answer": [...] }.
 * A top-level `detail` string (or a bare string/array) lands in `non_field_errors`.
 */
export function flattenFieldErrors(body: unknown, redact: Redact = (t) => t): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const push = (key: string, message: string) => {
    (out[key] ??= []).push(redact(message));
  };
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      push(key || "non_field_errors", String(value));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (item !== null && typeof item === "object") walk(item, key ? `${key}.${index}` : String(index));
        else walk(item, key);
      });
    } else if (value !== null && typeof value === "object") {
      for (const [name, inner] of Object.entries(value)) {
        const field = !key && name === "detail" ? "non_field_errors" : key ? `${key}.${name}` : name;
        walk(inner, field);
      }
    }
  };
  walk(body, "");
  return out;
}

function detailOf(body: unknown, redact: Redact): string | undefined {
  if (body && typeof body === "object" && "detail" in body) {
    const detail = (body as { detail: unknown }).detail;
    if (typeof detail === "string" && detail.trim()) return redact(detail.trim()).slice(0, 500);
  }
  return undefined;
}

/** The typed error for a non-2xx answer other than 429 (handled by the retry loop). */
export function errorForStatus(operation: string, status: number, body: unknown, redact: Redact): RecruspaceError {
  switch (status) {
    case 400:
      return new ValidationError(operation, flattenFieldErrors(body, redact));
    case 401:
    case 403:
      return new UnauthorizedError(operation);
    case 404:
      return new NotFoundError(operation, detailOf(body, redact));
    case 409:
      return new ConflictError(operation, detailOf(body, redact));
    case 413:
      return new ValidationError(operation, { file: ["The file is too large for Recruspace."] });
    default:
      return new UpstreamError(operation, status);
  }
}

/** Zod issues → "results.3.email: Invalid input: expected string, received number" (values never included). */
export function describeIssues(error: z.ZodError, redact: Redact): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join(".") || "(root)";
    return `${path}: ${issue.message}`;
  });
  if (error.issues.length > 3) parts.push(`and ${error.issues.length - 3} more`);
  return redact(parts.join("; "));
}

export function malformed(operation: string, schema: z.ZodType, body: unknown, redact: Redact): unknown {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new MalformedResponseError(operation, describeIssues(result.error, redact));
}
