/** Field paths: dot paths with `[]` for array items; `""` is the body itself. */
export const ITEM = "[]";

export function childPath(parent: string, key: string): string {
  if (key === ITEM) return parent + ITEM;
  return parent === "" ? key : `${parent}.${key}`;
}

/** `under("results[]", ["id", "user.email"])` → `["results[].id", "results[].user.email"]`. */
export function under(prefix: string, paths: readonly string[]): string[] {
  return paths.map((path) => (path.startsWith(ITEM) ? prefix + path : childPath(prefix, path)));
}

/** Every ancestor of every path, and the paths themselves: a field that leads to a documented field is documented too. */
export function withAncestors(paths: readonly string[]): Set<string> {
  const all = new Set<string>();
  for (const path of paths) {
    for (let end = 1; end <= path.length; end++) {
      const boundary = end === path.length || path[end] === "." || path.startsWith(ITEM, end);
      if (boundary) all.add(path.slice(0, end));
    }
  }
  return all;
}
