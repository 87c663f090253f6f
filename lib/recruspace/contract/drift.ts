import type { z } from "zod";
import { nodeOf, type ContractNode, type Origin } from "./fields";

/**
 * Where an answer differs from the contract, by field path only (never a value):
 * - "missing": the field is absent; "null": null where the contract has a value;
 * - "unexpected_kind": another JSON kind (a number where a string was expected…);
 * - "unknown_value": a string outside the values the vendor showed (an enum-like field);
 * - "item_dropped": a list item lacked a required field and was left out;
 * - "extra": a field the contract does not name (reported by the connection check only).
 */
export type DriftIssue = "missing" | "null" | "unexpected_kind" | "unknown_value" | "item_dropped" | "extra";

export type JsonKind = "string" | "number" | "boolean" | "object" | "array" | "null" | "missing";

export type DriftFinding = { path: string; issue: DriftIssue; origin: Origin | "unnamed"; observed: JsonKind };

export function kindOf(value: unknown): JsonKind {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" ? type : "object";
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Every difference between `value` and what `schema` describes, deduplicated by path and issue. */
export function findDrift(schema: z.ZodType, value: unknown): DriftFinding[] {
  const found = new Map<string, DriftFinding>();
  const report = (finding: DriftFinding) => {
    const key = `${finding.path}|${finding.issue}|${finding.observed}`;
    if (!found.has(key)) found.set(key, finding);
  };
  walk(nodeOf(schema), value, "", report, "required");
  return [...found.values()];
}

function walk(node: ContractNode, value: unknown, path: string, report: (finding: DriftFinding) => void, origin: Origin): void {
  switch (node.kind) {
    case "object": {
      if (kindOf(value) !== "object") return;
      const record = value as Record<string, unknown>;
      for (const [key, field] of Object.entries(node.fields)) {
        const child = record[key];
        const at = join(path, key);
        if (child === undefined) report({ path: at, issue: "missing", origin: field.origin, observed: "missing" });
        else if (child === null) {
          if (!field.nullable) report({ path: at, issue: "null", origin: field.origin, observed: "null" });
        } else if (field.inner.safeParse(child).success || sameContainer(field.node, child)) {
          walk(field.node, child, at, report, field.origin);
        } else report({ path: at, issue: "unexpected_kind", origin: field.origin, observed: kindOf(child) });
      }
      for (const key of Object.keys(record)) {
        if (!(key in node.fields)) report({ path: join(path, key), issue: "extra", origin: "unnamed", observed: kindOf(record[key]) });
      }
      return;
    }
    case "list": {
      if (!Array.isArray(value)) return;
      const at = `${path}[]`;
      for (const item of value) {
        if (!node.itemSchema.safeParse(item).success) {
          report({ path: at, issue: "item_dropped", origin: "required", observed: kindOf(item) });
          if (!sameContainer(node.item, item)) continue;
        }
        walk(node.item, item, at, report, origin);
      }
      return;
    }
    case "scalar":
      if (node.known && typeof value === "string" && !node.known.includes(value)) {
        report({ path, issue: "unknown_value", origin, observed: "string" });
      }
      return;
    case "choice":
      walk(node.pick(value), value, path, report, origin);
      return;
    case "any":
      return;
  }
}

/** A value of the container kind the node describes: descend to say which field inside is off. */
function sameContainer(node: ContractNode, value: unknown): boolean {
  return (node.kind === "object" && kindOf(value) === "object") || (node.kind === "list" && Array.isArray(value));
}
