import { z } from "zod";

/**
 * How much the app trusts each response field (docs/recruspace-contract.md, "Documented and inferred"):
 * - "required": documented by the vendor AND needed (ids, emails, hashes, names, tag titles). A value of
 *   another shape fails the object; in a list only that item is dropped, and the page says how many.
 * - "documented": named with its type in the vendor docs but not needed to show the rest. Tolerant.
 * - "inferred": our guess (the vendor page was missing or cut short). Tolerant.
 * A tolerant field that is missing, null or of another shape becomes null ("unknown"), and the walker
 * (./drift.ts) reports it, so drift is seen instead of silently absorbed.
 */
export type Origin = "required" | "documented" | "inferred";

export type ScalarType = "string" | "number" | "integer" | "boolean";

/** The contract's own description of a schema, read by the drift walker and the connection check. */
export type ContractNode =
  | { kind: "scalar"; type: ScalarType; known?: readonly string[] }
  | { kind: "object"; fields: Record<string, ContractField> }
  | { kind: "list"; item: ContractNode; itemSchema: z.ZodType }
  /** One of several shapes (an array or a page envelope; a wrapped or a bare file): `pick` says which. */
  | { kind: "choice"; pick: (value: unknown) => ContractNode }
  | { kind: "any" };

export type ContractField = {
  origin: Origin;
  /** Whether the contract allows null here (a null elsewhere is reported, though it still reads as unknown). */
  nullable: boolean;
  /** The field's schema without its fallback: a value it refuses is what the fallback replaced. */
  inner: z.ZodType;
  node: ContractNode;
};

const nodes = new WeakMap<z.ZodType, ContractNode>();
const fields = new WeakMap<z.ZodType, ContractField>();

/** Gives `schema` a contract description (a transformed schema is a new object and keeps none of its own). */
export function described<T extends z.ZodType>(schema: T, node: ContractNode): T {
  nodes.set(schema, node);
  return schema;
}

/** `transformed` (e.g. `schema.transform(...)`) described like the schema it came from. */
export function sameShape<T extends z.ZodType>(transformed: T, from: z.ZodType): T {
  return described(transformed, nodeOf(from));
}

export function nodeOf(schema: z.ZodType): ContractNode {
  return nodes.get(schema) ?? fields.get(schema)?.node ?? { kind: "any" };
}

export function fieldOf(schema: z.ZodType): ContractField | undefined {
  return fields.get(schema);
}

// ---- values -------------------------------------------------------------------------------------

export const text = () => described(z.string(), { kind: "scalar", type: "string" });
export const integer = () => described(z.number().int(), { kind: "scalar", type: "integer" });
export const number = () => described(z.number(), { kind: "scalar", type: "number" });
export const boolean = () => described(z.boolean(), { kind: "scalar", type: "boolean" });
export const anything = () => described(z.unknown(), { kind: "any" });

/**
 * A string the vendor showed only example values of. Any string parses (a new value shows as text);
 * the connection check names a value outside `known` as an unknown value, without printing it.
 */
export function openEnum<const T extends string>(known: readonly T[]) {
  return described(z.string() as unknown as z.ZodType<T | (string & {})>, { kind: "scalar", type: "string", known });
}

/** An object that keeps fields it does not know (Recruspace adds fields without notice). */
export function object<S extends z.ZodRawShape>(shape: S) {
  const schema = z.looseObject(shape);
  const described_: Record<string, ContractField> = {};
  for (const [key, value] of Object.entries(shape)) {
    described_[key] = fields.get(value as z.ZodType) ?? { origin: "required", nullable: false, inner: value as z.ZodType, node: nodeOf(value as z.ZodType) };
  }
  return described(schema, { kind: "object", fields: described_ });
}

/**
 * A list whose items are parsed one by one: an item that fails (it lacks a required field) is left
 * out instead of failing the whole answer. Top-level lists count what they left out (./lists.ts).
 */
export function list<T extends z.ZodType>(item: T) {
  const schema = z.array(z.unknown()).transform((items) =>
    items.flatMap((value) => {
      const parsed = item.safeParse(value);
      return parsed.success ? [parsed.data as z.output<T>] : [];
    }),
  );
  return described(schema, { kind: "list", item: nodeOf(item), itemSchema: item });
}

// ---- how much each field is trusted ---------------------------------------------------------------

/** Documented and needed: no fallback (see Origin). */
export function required<T extends z.ZodType>(schema: T): T {
  fields.set(schema, { origin: "required", nullable: false, inner: schema, node: nodeOf(schema) });
  return schema;
}

function tolerant<T extends z.ZodType>(origin: "documented" | "inferred", schema: T, options: { nullable?: boolean }) {
  const fallback = schema.nullable().catch(null);
  fields.set(fallback, { origin, nullable: options.nullable ?? false, inner: schema, node: nodeOf(schema) });
  return fallback;
}

/** Named with its type in the vendor docs, not needed to show the rest: null when it does not fit. */
export function documented<T extends z.ZodType>(schema: T, options: { nullable?: boolean } = {}) {
  return tolerant("documented", schema, options);
}

/** Our guess where the vendor docs are silent: null when it does not fit. */
export function inferred<T extends z.ZodType>(schema: T, options: { nullable?: boolean } = {}) {
  return tolerant("inferred", schema, options);
}

/** A list of the answer's main items: like `list`, and it counts the items it left out, for the page to say so. */
export function countedList<T extends z.ZodType>(item: T) {
  const schema = z.array(z.unknown()).transform((values) => {
    const items: z.output<T>[] = [];
    for (const value of values) {
      const parsed = item.safeParse(value);
      if (parsed.success) items.push(parsed.data as z.output<T>);
    }
    return { items, skipped: values.length - items.length };
  });
  return described(schema, { kind: "list", item: nodeOf(item), itemSchema: item });
}
