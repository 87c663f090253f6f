import { ABSENT_WHEN_NULL, DOCUMENTED_FIELDS, type DriftRouteKey } from "./documented";
import { QUESTION_TYPE_FIELD } from "./enum-like";
import { withAncestors } from "./paths";
import { ALL_CHANGES, type FieldRules } from "./walk";

const cache = new Map<DriftRouteKey, FieldRules>();

/** The field rules of a read or write answer, from the documented list of its route. */
export function fieldRulesFor(route: DriftRouteKey): FieldRules {
  let rules = cache.get(route);
  if (!rules) {
    rules = {
      documented: withAncestors(DOCUMENTED_FIELDS[route]),
      absentWhenNull: ABSENT_WHEN_NULL,
      questionTypes: new Set(route === QUESTION_TYPE_FIELD.route ? [QUESTION_TYPE_FIELD.path] : []),
      allowed: ALL_CHANGES,
    };
    cache.set(route, rules);
  }
  return rules;
}
