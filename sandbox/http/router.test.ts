import { describe, expect, it } from "vitest";
import { json } from "./response";
import { matchRoute, type Route } from "./router";

const handler = () => json(200, {});
const routes: Route[] = [
  { pattern: "/api/v1/client/candidates/add/", handlers: { POST: handler } },
  { pattern: "/api/v1/client/candidates/:candidate_id/", handlers: { GET: handler } },
  { pattern: "/api/v1/client/job-posts/:job_post_hash/questions/", handlers: { GET: handler } },
];

describe("matchRoute", () => {
  it("matches literal segments before parameters and extracts params", () => {
    expect(matchRoute(routes, "/api/v1/client/candidates/add/")?.route).toBe(routes[0]);
    expect(matchRoute(routes, "/api/v1/client/candidates/123/")?.params).toEqual({ candidate_id: "123" });
    expect(matchRoute(routes, "/api/v1/client/job-posts/ab8f%2Dx/questions/")?.params).toEqual({ job_post_hash: "ab8f-x" });
  });

  it("requires digits for *id params, the trailing slash and the exact depth", () => {
    expect(matchRoute(routes, "/api/v1/client/candidates/12a/")).toBeNull();
    expect(matchRoute(routes, "/api/v1/client/candidates/123")).toBeNull();
    expect(matchRoute(routes, "/api/v1/client/candidates/123/extra/")).toBeNull();
    expect(matchRoute(routes, "/api/v1/client/job-posts//questions/")).toBeNull();
  });
});
