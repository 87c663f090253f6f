import type { Random } from "../seed/prng";

/** Replacement values for perturbed fields; every one is plain JSON. */

type JsonKind = "string" | "number" | "boolean" | "object" | "array" | "null";

export function kindOf(value: unknown): JsonKind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" ? type : "object";
}

/** A date string becomes epoch seconds, a numeric string its number, anything else its length. */
function numberFromString(text: string): number {
  const time = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && Number.isFinite(time)) return Math.floor(time / 1000);
  const number = Number(text);
  return text.trim() !== "" && Number.isFinite(number) ? number : text.length;
}

const scalarsOnly = (items: unknown[]) => items.every((item) => kindOf(item) !== "object" && kindOf(item) !== "array");

const OTHER_KINDS: Record<JsonKind, ((value: never) => unknown)[]> = {
  string: [(s: string) => numberFromString(s), (s: string) => [s], (s: string) => ({ value: s }), (s: string) => s !== ""],
  number: [(n: number) => String(n), (n: number) => ({ value: n }), (n: number) => [n], (n: number) => n !== 0],
  boolean: [(b: boolean) => String(b), (b: boolean) => (b ? 1 : 0), (b: boolean) => [b]],
  object: [(o: object) => [o], (o: object) => JSON.stringify(o), (o: object) => Object.keys(o).length],
  array: [(a: unknown[]) => ({ items: a }), (a: unknown[]) => (scalarsOnly(a) ? a.join(", ") : JSON.stringify(a)), (a: unknown[]) => a.length],
  null: [() => "", () => 0, () => ({}), () => [], () => false],
};

export function otherKind(value: unknown, random: Random): unknown {
  const replace = random.pick(OTHER_KINDS[kindOf(value)]) as (value: unknown) => unknown;
  return replace(value);
}

const UNKNOWN_ENUM_VALUES = ["pending_review", "on_hold", "waitlisted", "unclassified", "legacy_import", "needs_attention"];

export function unknownEnumValue(value: string, random: Random): string {
  return random.pick(UNKNOWN_ENUM_VALUES.filter((candidate) => candidate !== value));
}

/** Types the sandbox never asks; the client must cope with a type it does not know. */
const UNKNOWN_QUESTION_TYPES = ["signature", "rating", "video_intro", "slider"];

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `multiple_choice` → `Multiple Choice`, `MULTIPLE-CHOICE`, `multipleChoice`, `multiple choice`, or now and then an unknown type. */
export function questionTypeVariant(type: string, random: Random): string {
  const words = type.split(/[_\s-]+/).filter(Boolean);
  const spellings = [
    words.map(capitalize).join(" "),
    words.join("-").toUpperCase(),
    words.map((word, i) => (i === 0 ? word : capitalize(word))).join(""),
    words.join(" "),
  ];
  const variants = [...new Set(spellings)].filter((variant) => variant !== type);
  return random.chance(0.2) || variants.length === 0 ? random.pick(UNKNOWN_QUESTION_TYPES) : random.pick(variants);
}

const camelCase = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A new name for a key: camelCase, PascalCase or a prefix, never one the object already has. */
export function renamedKey(key: string, taken: ReadonlySet<string>, random: Random): string {
  const camel = camelCase(key);
  const candidates = [camel, capitalize(camel), `x_${key}`, `_${key}`].filter((name) => name !== key && !taken.has(name));
  return candidates.length > 0 ? random.pick(candidates) : `${key}_${random.hex(4)}`;
}

const EXTRA_FIELDS: [string, (random: Random) => unknown][] = [
  ["_meta", (random) => ({ revision: random.int(1, 9), source: "drift" })],
  ["legacy_ref", (random) => `LR-${random.hex(6)}`],
  ["tracking_code", (random) => random.int(1000, 99999)],
  ["ui_hints", () => ["compact"]],
  ["is_archived_copy", (random) => random.chance(0.5)],
  ["x_extra", () => null],
];

/** An unknown field the object does not have yet, or null when every candidate name is taken. */
export function extraField(taken: ReadonlySet<string>, random: Random): { name: string; value: unknown } | null {
  const free = EXTRA_FIELDS.filter(([name]) => !taken.has(name));
  if (free.length === 0) return null;
  const [name, makeValue] = random.pick(free);
  return { name, value: makeValue(random) };
}
