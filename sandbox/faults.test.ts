import { describe, expect, it } from "vitest";
import { createFaultRegistry, parseFaultRule } from "./faults";

describe("fault registry", () => {
  it("applies a rule to the next `count` matching calls only", () => {
    const faults = createFaultRegistry();
    faults.add({ method: "get", path: "/api/v1/client/talent-pools/", kind: "status", status: 503, count: 2 });
    expect(faults.take("POST", "/api/v1/client/talent-pools/")).toBeNull();
    expect(faults.take("GET", "/api/v1/client/talent-pools/")?.status).toBe(503);
    expect(faults.take("GET", "/api/v1/client/talent-pools/")?.status).toBe(503);
    expect(faults.take("GET", "/api/v1/client/talent-pools/")).toBeNull();
  });

  it("matches a prefix when the path ends with *", () => {
    const faults = createFaultRegistry();
    faults.add({ method: "POST", path: "/api/v1/client/candidates/*", kind: "reset", count: 1 });
    expect(faults.take("POST", "/api/v1/client/talent-pools/create/")).toBeNull();
    expect(faults.take("POST", "/api/v1/client/candidates/manual-add/")?.kind).toBe("reset");
  });

  it("validates rules from the control endpoint", () => {
    expect(parseFaultRule({ method: "GET", path: "/x/", kind: "explode" })).toMatch(/kind/);
    expect(parseFaultRule({ method: "GET", path: "x", kind: "hang" })).toMatch(/path/);
    expect(parseFaultRule({ method: "GET", path: "/x/", kind: "status" })).toMatch(/status/);
    expect(parseFaultRule({ method: "GET", path: "/x/", kind: "hang", count: 0 })).toMatch(/count/);
    expect(parseFaultRule({ method: "post", path: "/x/", kind: "hang", after: true })).toEqual({
      method: "POST", path: "/x/", kind: "hang", count: 1, status: undefined, retryAfter: undefined, ms: undefined, after: true, body: undefined,
    });
  });
});
