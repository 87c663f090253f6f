import type { Random } from "../seed/prng";
import { AppliedLog } from "./applied-log";
import { DROPPABLE_CONTAINERS, ENUM_LIKE_KEYS, IDENTITY_KEYS } from "./enum-like";
import { randomFor } from "./field-random";
import { isJsonObject, type JsonObject } from "./json";
import { childPath, ITEM } from "./paths";
import type { DriftChange, DriftResult, DriftSeed } from "./types";
import { extraField, otherKind, questionTypeVariant, renamedKey, unknownEnumValue } from "./values";

/** About this share of the inferred fields drifts under any one seed (the rest stay as they were). */
const FIELD_SHARE = 0.45;
/** How often an object gains an unknown extra field. */
const EXTRA_FIELD_SHARE = 0.15;
/** How often a field's drift differs from item to item of a list, so the items of one list differ in shape. */
const PER_ITEM_SHARE = 0.5;
/** How often first_name + last_name (both inferred) become one `name`. */
const MERGED_NAME_SHARE = 0.25;

export interface FieldRules {
  /** Documented paths and their ancestors. */
  documented: ReadonlySet<string>;
  /** Documented paths that may be absent instead of null. */
  absentWhenNull: ReadonlySet<string>;
  /** Paths of question-type names (they drift in spelling). */
  questionTypes: ReadonlySet<string>;
  /** The changes this route may show. */
  allowed: ReadonlySet<DriftChange>;
}

export const ALL_CHANGES: ReadonlySet<DriftChange> = new Set(["kind", "renamed", "dropped", "null", "added", "enum"]);

interface Walk {
  seed: DriftSeed;
  route: string;
  rules: FieldRules;
  log: AppliedLog;
}

/** True when the value is or holds an object with an identity key: it must stay where the client finds it. */
export function holdsIdentity(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsIdentity);
  if (!isJsonObject(value)) return false;
  return Object.entries(value).some(([key, child]) => IDENTITY_KEYS.has(key) || holdsIdentity(child));
}

/**
 * The random source for a field. Some fields (chosen per seed) drift per list item, the rest
 * drift the same way in every item.
 */
function fieldRandom(walk: Walk, path: string, itemIndexes: readonly number[], purpose = ""): Random {
  const perItem = itemIndexes.length > 0 && randomFor(walk.seed, walk.route, path, `per-item${purpose}`).chance(PER_ITEM_SHARE);
  return randomFor(walk.seed, walk.route, path, perItem ? `${purpose}@${itemIndexes.join(",")}` : purpose);
}

function isEnumLike(walk: Walk, key: string, path: string, value: unknown): boolean {
  return typeof value === "string" && (ENUM_LIKE_KEYS.has(key) || walk.rules.questionTypes.has(path));
}

/** Documented fields keep their name and kind; only example-only enum values and null-or-absent links drift. */
function documentedChanges(walk: Walk, key: string, path: string, value: unknown): DriftChange[] {
  if (isEnumLike(walk, key, path, value)) return ["enum"];
  if (value === null && walk.rules.absentWhenNull.has(path)) return ["dropped"];
  return [];
}

function inferredChanges(walk: Walk, key: string, path: string, value: unknown): DriftChange[] {
  const changes: DriftChange[] = ["kind", "renamed", "dropped"];
  if (value !== null) changes.push("null");
  // Twice, so enum-like fields mostly drift to a value the client does not know.
  if (isEnumLike(walk, key, path, value)) changes.push("enum", "enum");
  return changes;
}

function chooseChange(walk: Walk, key: string, path: string, value: unknown, random: Random): DriftChange | null {
  if (IDENTITY_KEYS.has(key)) return null;
  const all = (walk.rules.documented.has(path) ? documentedChanges : inferredChanges)(walk, key, path, value);
  // An inferred object that holds ids stays where the client finds it, except the few an account may
  // simply not send: those may go missing as a whole, but never turn into something else.
  if (holdsIdentity(value) && !DROPPABLE_CONTAINERS.has(key)) return null;
  const candidates = holdsIdentity(value) ? all.filter((change) => change === "dropped" || change === "null" || change === "renamed") : all;
  const allowed = candidates.filter((change) => walk.rules.allowed.has(change));
  if (allowed.length === 0 || !random.chance(FIELD_SHARE)) return null;
  return random.pick(allowed);
}

function changedValue(walk: Walk, change: DriftChange, path: string, value: unknown, random: Random): unknown {
  switch (change) {
    case "null":
      return null;
    case "kind":
      return otherKind(value, random);
    case "enum":
      return walk.rules.questionTypes.has(path) ? questionTypeVariant(value as string, random) : unknownEnumValue(value as string, random);
    default:
      return value;
  }
}

/** The vendor never showed the name fields of some shapes; one `name` is a plausible alternative. */
function shouldMergeNames(walk: Walk, object: JsonObject, path: string, itemIndexes: readonly number[]): boolean {
  const inferredString = (key: string) => typeof object[key] === "string" && !walk.rules.documented.has(childPath(path, key));
  return (
    walk.rules.allowed.has("renamed") &&
    !("name" in object) &&
    inferredString("first_name") &&
    inferredString("last_name") &&
    fieldRandom(walk, childPath(path, "name"), itemIndexes, "merge").chance(MERGED_NAME_SHARE)
  );
}

function addExtraField(walk: Walk, object: JsonObject, path: string, itemIndexes: readonly number[]): void {
  if (!walk.rules.allowed.has("added")) return;
  const random = fieldRandom(walk, path, itemIndexes, "extra");
  if (!random.chance(EXTRA_FIELD_SHARE)) return;
  const extra = extraField(new Set(Object.keys(object)), random);
  if (!extra) return;
  object[extra.name] = extra.value;
  walk.log.add(childPath(path, extra.name), "added");
}

function walkObject(walk: Walk, object: JsonObject, path: string, itemIndexes: readonly number[]): JsonObject {
  const out: JsonObject = {};
  const taken = () => new Set([...Object.keys(object), ...Object.keys(out)]);
  const mergeNames = shouldMergeNames(walk, object, path, itemIndexes);
  for (const [key, value] of Object.entries(object)) {
    const fieldPath = childPath(path, key);
    if (mergeNames && (key === "first_name" || key === "last_name")) {
      walk.log.add(fieldPath, "renamed");
      if (key === "first_name") out.name = `${object.first_name} ${object.last_name}`;
      continue;
    }
    const random = fieldRandom(walk, fieldPath, itemIndexes);
    const change = chooseChange(walk, key, fieldPath, value, random);
    if (change === null) {
      out[key] = walkValue(walk, value, fieldPath, itemIndexes);
      continue;
    }
    walk.log.add(fieldPath, change);
    if (change === "dropped") continue;
    out[change === "renamed" ? renamedKey(key, taken(), random) : key] = changedValue(walk, change, fieldPath, value, random);
  }
  addExtraField(walk, out, path, itemIndexes);
  return out;
}

function walkValue(walk: Walk, value: unknown, path: string, itemIndexes: readonly number[]): unknown {
  if (Array.isArray(value)) return value.map((item, index) => walkValue(walk, item, childPath(path, ITEM), [...itemIndexes, index]));
  if (isJsonObject(value)) return walkObject(walk, value, path, itemIndexes);
  return value;
}

/**
 * Perturbs the fields of a JSON body: each field's drift comes from (seed, route, path), and for
 * some fields also the list item's index. Identity fields, fields that hold one, and documented
 * fields keep their name and value (documented enum-like values and null page links excepted).
 */
export function perturbFields(seed: DriftSeed, route: string, body: unknown, rules: FieldRules, log = new AppliedLog()): DriftResult {
  const drifted = walkValue({ seed, route, rules, log }, body, "", []);
  return { body: drifted, applied: log.list() };
}
