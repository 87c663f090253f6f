import { beforeEach, describe, expect, it } from "vitest";
import { applyRemoteInvalidation, cacheKey, cachedList, dropEverything, invalidateList, invalidateTenant, onInvalidation, patchList, resetTenantCacheForTests, type ListPatch } from "./store";

let now = 0;
beforeEach(() => {
  now = 1_000;
  resetTenantCacheForTests(() => now);
});

function counter<T>(value: T) {
  const calls = { count: 0 };
  const load = async () => {
    calls.count += 1;
    return value;
  };
  return { calls, load };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("cachedList", () => {
  it("serves a repeat read from memory until the TTL passes", async () => {
    const { calls, load } = counter(["a"]);
    expect(await cachedList("t1", "pools", {}, load, 30_000)).toEqual(["a"]);
    now += 29_999;
    expect(await cachedList("t1", "pools", {}, load, 30_000)).toEqual(["a"]);
    expect(calls.count).toBe(1);
    now += 1;
    await cachedList("t1", "pools", {}, load, 30_000);
    expect(calls.count).toBe(2);
  });

  it("never shares entries between tenants", async () => {
    const t1 = counter("tenant one");
    const t2 = counter("tenant two");
    expect(await cachedList("t1", "pools", {}, t1.load)).toBe("tenant one");
    expect(await cachedList("t2", "pools", {}, t2.load)).toBe("tenant two");
    expect(t2.calls.count).toBe(1);
  });

  it("keys by parameters, ignoring their order and undefined values", async () => {
    const { calls, load } = counter("page");
    await cachedList("t1", "posts", { page: 1, status: "published" }, load);
    await cachedList("t1", "posts", { status: "published", page: 1, search: undefined }, load);
    expect(calls.count).toBe(1);
    await cachedList("t1", "posts", { page: 2, status: "published" }, load);
    expect(calls.count).toBe(2);
    expect(cacheKey("t1", "posts", { a: 1, b: 2 })).toBe(cacheKey("t1", "posts", { b: 2, a: 1 }));
    expect(cacheKey("t1", "posts", { a: "1" })).not.toBe(cacheKey("t1", "posts", { a: 1 }));
  });

  it("hands the loader the key the entry is cached under, for the shared tier to store under", async () => {
    const keys: string[] = [];
    await cachedList("t1", "posts", { status: "published", page: 1 }, async (key) => keys.push(key));
    expect(keys).toEqual([cacheKey("t1", "posts", { page: 1, status: "published" })]);
  });

  it("cannot be confused by separators inside tenant or list names", () => {
    expect(cacheKey("a|b", "c")).not.toBe(cacheKey("a", "b|c"));
  });

  it("shares one upstream call between concurrent misses", async () => {
    const gate = deferred<string>();
    let calls = 0;
    const load = () => {
      calls += 1;
      return gate.promise;
    };
    const first = cachedList("t1", "users", {}, load);
    const second = cachedList("t1", "users", {}, load);
    gate.resolve("users");
    expect(await Promise.all([first, second])).toEqual(["users", "users"]);
    expect(calls).toBe(1);
  });

  it("does not cache failures", async () => {
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw new Error("upstream down");
    };
    await expect(cachedList("t1", "offices", {}, failing)).rejects.toThrow("upstream down");
    await expect(cachedList("t1", "offices", {}, failing)).rejects.toThrow("upstream down");
    expect(calls).toBe(2);
  });
});

describe("invalidation", () => {
  it("drops every parameter variant of one list for one tenant only", async () => {
    const posts = counter("posts");
    const pools = counter("pools");
    const other = counter("other tenant");
    await cachedList("t1", "posts", { page: 1 }, posts.load);
    await cachedList("t1", "posts", { page: 2 }, posts.load);
    await cachedList("t1", "pools", {}, pools.load);
    await cachedList("t2", "posts", { page: 1 }, other.load);

    invalidateList("t1", "posts");

    await cachedList("t1", "posts", { page: 1 }, posts.load);
    await cachedList("t1", "posts", { page: 2 }, posts.load);
    await cachedList("t1", "pools", {}, pools.load);
    await cachedList("t2", "posts", { page: 1 }, other.load);
    expect(posts.calls.count).toBe(4);
    expect(pools.calls.count).toBe(1);
    expect(other.calls.count).toBe(1);
  });

  it("keeps a load that was in flight during an invalidation out of the cache", async () => {
    const stale = deferred<string>();
    const before = cachedList("t1", "pools", {}, () => stale.promise);
    invalidateList("t1", "pools");
    stale.resolve("stale list");
    expect(await before).toBe("stale list");

    const fresh = counter("fresh list");
    expect(await cachedList("t1", "pools", {}, fresh.load)).toBe("fresh list");
    expect(fresh.calls.count).toBe(1);
  });

  it("invalidateTenant drops all of one tenant's lists", async () => {
    const a = counter("a");
    const b = counter("b");
    await cachedList("t1", "posts", {}, a.load);
    await cachedList("t2", "posts", {}, b.load);
    invalidateTenant("t1");
    await cachedList("t1", "posts", {}, a.load);
    await cachedList("t2", "posts", {}, b.load);
    expect(a.calls.count).toBe(2);
    expect(b.calls.count).toBe(1);
  });

  it("tells listeners of this process's invalidations, never of ones another instance made", async () => {
    const told: [string, string | null][] = [];
    const stop = onInvalidation((tenantId, list) => told.push([tenantId, list]));
    try {
      invalidateList("t1", "pools");
      invalidateTenant("t2");
      const pools = counter("pools");
      await cachedList("t3", "pools", {}, pools.load);
      applyRemoteInvalidation("t3", "pools");
      await cachedList("t3", "pools", {}, pools.load);
      applyRemoteInvalidation("t3", null);
      await cachedList("t3", "pools", {}, pools.load);
      expect(pools.calls.count).toBe(3);
      expect(told).toEqual([["t1", "pools"], ["t2", null]]);
    } finally {
      stop();
    }
  });

  it("dropEverything keeps loads in flight out of the cache", async () => {
    const stale = deferred<string>();
    const before = cachedList("t1", "pools", {}, () => stale.promise);
    dropEverything();
    stale.resolve("stale");
    await before;
    const fresh = counter("fresh");
    expect(await cachedList("t1", "pools", {}, fresh.load)).toBe("fresh");
  });
});

describe("patchList", () => {
  const append = (name: string) => (names: string[]) => [...names, name];

  it("keeps a fresh answer patched, with the expiry it had, and drops the list's other variants", async () => {
    const first = counter(["a"]);
    await cachedList("t1", "pools", {}, first.load, 30_000);
    const other = counter(["x"]);
    await cachedList("t1", "pools", { page: 2 }, other.load, 30_000);
    now += 10_000;
    patchList("t1", "pools", {}, append("b"));
    expect(await cachedList("t1", "pools", {}, first.load, 30_000)).toEqual(["a", "b"]);
    expect(first.calls.count).toBe(1);
    await cachedList("t1", "pools", { page: 2 }, other.load, 30_000);
    expect(other.calls.count, "another variant is dropped as by an invalidation").toBe(2);
    now += 20_000;
    await cachedList("t1", "pools", {}, first.load, 30_000);
    expect(first.calls.count, "the patch did not make the answer live longer").toBe(2);
  });

  it("keeps nothing when there was no fresh answer, or the patch cannot apply", async () => {
    patchList("t1", "pools", {}, append("b"));
    const load = counter(["a"]);
    expect(await cachedList("t1", "pools", {}, load.load)).toEqual(["a"]);
    patchList<string[]>("t1", "pools", {}, () => null);
    await cachedList("t1", "pools", {}, load.load);
    patchList<string[]>("t1", "pools", {}, () => {
      throw new Error("not a list");
    });
    await cachedList("t1", "pools", {}, load.load);
    expect(load.calls.count).toBe(3);
  });

  it("keeps a load that was in flight out of the cache, and does not patch it", async () => {
    const stale = deferred<string[]>();
    const before = cachedList("t1", "pools", {}, () => stale.promise);
    patchList("t1", "pools", {}, append("b"));
    stale.resolve(["old"]);
    expect(await before).toEqual(["old"]);
    const fresh = counter(["a", "b"]);
    expect(await cachedList("t1", "pools", {}, fresh.load)).toEqual(["a", "b"]);
    expect(fresh.calls.count).toBe(1);
  });

  it("tells listeners the entry's key and a patch that never throws", () => {
    const told: [string, string | null, ListPatch | undefined][] = [];
    const stop = onInvalidation((tenantId, list, patch) => told.push([tenantId, list, patch]));
    try {
      patchList("t1", "pools", {}, (names: string[]) => [...names, "b"]);
      expect(told).toHaveLength(1);
      const [tenantId, list, patch] = told[0]!;
      expect([tenantId, list, patch?.key]).toEqual(["t1", "pools", cacheKey("t1", "pools", {})]);
      expect(patch?.apply(["a"])).toEqual(["a", "b"]);
      expect(patch?.apply(null)).toBeNull();
    } finally {
      stop();
    }
  });
});
