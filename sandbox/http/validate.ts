import { REQUIRED } from "./response";

/**
 * Field validation collecting DRF-style errors: `{ field: ["message"] }`.
 * Each reader returns the cleaned value, or undefined after recording an error.
 */
export class FieldValidator {
  readonly errors: Record<string, unknown> = {};

  constructor(private readonly data: Record<string, unknown>) {}

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  add(field: string, message: string): void {
    const list = (this.errors[field] as string[] | undefined) ?? [];
    list.push(message);
    this.errors[field] = list;
  }

  string(field: string, options: { required?: boolean; max?: number; allowBlank?: boolean } = {}): string | undefined {
    const value = this.data[field];
    if (value === undefined || value === null) {
      if (options.required) this.add(field, value === null ? "This field may not be null." : REQUIRED);
      return undefined;
    }
    if (typeof value !== "string" && typeof value !== "number") {
      this.add(field, "Not a valid string.");
      return undefined;
    }
    const text = String(value).trim();
    if (text === "") {
      // DRF: a present-but-blank value is an error even for optional fields, unless blank is allowed.
      if (!options.allowBlank) this.add(field, "This field may not be blank.");
      return undefined;
    }
    if (options.max !== undefined && text.length > options.max) {
      this.add(field, `Ensure this field has no more than ${options.max} characters.`);
      return undefined;
    }
    return text;
  }

  email(field: string, options: { required?: boolean } = {}): string | undefined {
    const text = this.string(field, { ...options, max: 254 });
    if (text === undefined) return undefined;
    if (!isEmail(text)) {
      this.add(field, "Enter a valid email address.");
      return undefined;
    }
    return text;
  }

  integer(field: string, options: { required?: boolean } = {}): number | undefined {
    const value = this.data[field];
    if (value === undefined || value === null || value === "") {
      if (options.required) this.add(field, REQUIRED);
      return undefined;
    }
    const text = typeof value === "number" || typeof value === "string" ? String(value).trim() : "";
    if (!/^-?\d{1,15}$/.test(text)) {
      this.add(field, "A valid integer is required.");
      return undefined;
    }
    return Number(text);
  }

  boolean(field: string): boolean | undefined {
    const value = this.data[field];
    if (value === undefined || value === null) return undefined;
    if (value === true || value === "true" || value === "True" || value === 1 || value === "1") return true;
    if (value === false || value === "false" || value === "False" || value === 0 || value === "0") return false;
    this.add(field, "Must be a valid boolean.");
    return undefined;
  }
}

export function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) && text.length <= 254;
}
