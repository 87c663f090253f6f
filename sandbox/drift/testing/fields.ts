import { ITEM } from "../paths";

/**
 * An independent reading of a body for the drift tests: which fields it has and how two bodies
 * differ. Deliberately not built on the walker it checks.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const IDENTITY = new Set(["id", "hash", "question_key"]);

const isObject = (value: unknown): value is Record<string, Json> => typeof value === "object" && value !== null && !Array.isArray(value);

const join = (parent: string, key: string) => (key === ITEM ? parent + ITEM : parent === "" ? key : `${parent}.${key}`);

export function holdsIdentity(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsIdentity);
  return isObject(value) && Object.entries(value).some(([key, child]) => IDENTITY.has(key) || holdsIdentity(child));
}

/** One field occurrence: its abstract path (`results[].title`), its concrete location and value. */
export interface FieldOccurrence {
  path: string;
  location: (string | number)[];
  key: string;
  value: Json;
}

export function fieldsOf(body: unknown): FieldOccurrence[] {
  const found: FieldOccurrence[] = [];
  const visit = (value: unknown, path: string, location: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, join(path, ITEM), [...location, index]));
    else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        const childPath = join(path, key);
        found.push({ path: childPath, location: [...location, key], key, value: child });
        visit(child, childPath, [...location, key]);
      }
    }
  };
  visit(body, "", []);
  return found;
}

/** A field is inferred when it is not documented, not an identity and holds no identity. */
export function isInferred(field: FieldOccurrence, documented: ReadonlySet<string>): boolean {
  return !documented.has(field.path) && !IDENTITY.has(field.key) && !holdsIdentity(field.value);
}

export const MISSING = Symbol("missing");

export function valueAt(body: unknown, location: readonly (string | number)[]): unknown {
  let current: unknown = body;
  for (const step of location) {
    if (typeof step === "number" ? !Array.isArray(current) || step >= current.length : !isObject(current) || !(step in current)) return MISSING;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

export const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const kind = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

interface Applied {
  path: string;
  change: string;
}

/**
 * Walks both bodies side by side and checks that every difference is explained by an applied
 * perturbation, and that every applied perturbation shows somewhere. Returns the problems found.
 */
export function unexplainedDifferences(original: unknown, drifted: unknown, applied: readonly Applied[]): string[] {
  const problems: string[] = [];
  const has = (path: string, change: string) => applied.some((p) => p.path === path && p.change === change);
  const seen = new Set<string>();
  const observe = (path: string, change: string) => {
    if (has(path, change)) seen.add(`${change} ${path}`);
    else problems.push(`${path}: ${change} not listed`);
  };

  /** A renamed key keeps its value and its letters (camelCase, a prefix); first_name + last_name may become one `name`. */
  const letters = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, "");
  const sameLetters = (key: string, name: string) => [letters(key), `x${letters(key)}`].some((l) => letters(name).startsWith(l));
  const renamedTo = (before: Record<string, Json>, key: string, candidates: string[], after: Record<string, Json>) =>
    candidates.find(
      (name) =>
        (sameLetters(key, name) && sameJson(after[name], before[key])) ||
        (name === "name" && (key === "first_name" || key === "last_name") && after.name === `${before.first_name} ${before.last_name}`),
    );

  const compareObjects = (before: Record<string, Json>, after: Record<string, Json>, path: string) => {
    const newKeys = Object.keys(after).filter((key) => !(key in before));
    const extra = newKeys.filter((key) => has(join(path, key), "added"));
    for (const key of extra) observe(join(path, key), "added");
    const unexplained = new Set(newKeys.filter((key) => !extra.includes(key)));
    for (const key of Object.keys(before).filter((k) => !(k in after))) {
      const target = renamedTo(before, key, [...newKeys.filter((k) => !extra.includes(k))], after);
      if (target !== undefined) unexplained.delete(target);
      observe(join(path, key), target === undefined ? "dropped" : "renamed");
    }
    if (unexplained.size > 0) problems.push(`${path}: new keys ${[...unexplained].join(", ")} not explained`);
    for (const key of Object.keys(before)) if (key in after) compare(before[key]!, after[key]!, join(path, key));
  };

  const compare = (before: Json, after: Json, path: string) => {
    if (sameJson(before, after)) return;
    if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
      before.forEach((item, index) => compare(item, after[index]!, join(path, ITEM)));
    } else if (isObject(before) && isObject(after)) {
      compareObjects(before, after, path);
    } else if (after === null) {
      observe(path, "null");
    } else if (kind(before) !== kind(after)) {
      observe(path, "kind");
    } else if (typeof before === "string") {
      observe(path, "enum");
    } else {
      problems.push(`${path}: ${JSON.stringify(before)} became ${JSON.stringify(after)}`);
    }
  };

  compare(original as Json, drifted as Json, "");
  for (const p of applied) if (!seen.has(`${p.change} ${p.path}`)) problems.push(`${p.path}: ${p.change} listed but not visible`);
  return problems;
}
