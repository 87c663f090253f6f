import type { RequestContext } from "./context";
import type { ApiResponse } from "./response";

export type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
export type Handler = (ctx: RequestContext) => ApiResponse | Promise<ApiResponse>;

/**
 * A route: a path pattern with `:name` segments (`:id`-style names ending in "id" match digits
 * only, like Django's `<int:…>`; others match any segment), and one handler per method.
 * Every pattern ends with "/": a path without the trailing slash is not found.
 */
export interface Route {
  pattern: string;
  handlers: Partial<Record<Method, Handler>>;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export function matchRoute(routes: Route[], pathname: string): RouteMatch | null {
  const parts = pathname.split("/");
  for (const route of routes) {
    const patternParts = route.pattern.split("/");
    if (patternParts.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = patternParts.every((segment, index) => {
      const actual = parts[index] ?? "";
      if (!segment.startsWith(":")) return segment === actual;
      const name = segment.slice(1);
      if (name.endsWith("id") ? !/^\d{1,15}$/.test(actual) : actual.length === 0) return false;
      params[name] = decodeURIComponent(actual);
      return true;
    });
    if (matches) return { route, params };
  }
  return null;
}
