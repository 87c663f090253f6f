import { describe, expect, it } from "vitest";
import { HASH_SLOTS, HashQueueFull, MAX_WAITING, activeHashes, withHashSlot } from "./hash-slots";

describe("withHashSlot", () => {
  it("runs at most HASH_SLOTS at once, queues the rest, and refuses beyond the queue", async () => {
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const work = () =>
      new Promise<void>((resolve) => {
        running++;
        most = Math.max(most, running);
        releases.push(() => {
          running--;
          resolve();
        });
      });
    const calls = Array.from({ length: HASH_SLOTS + MAX_WAITING }, () => withHashSlot(work));
    await expect(withHashSlot(work)).rejects.toBeInstanceOf(HashQueueFull);
    while (releases.length > 0 || running > 0) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      releases.shift()?.();
    }
    await Promise.all(calls);
    expect(most).toBe(HASH_SLOTS);
    expect(activeHashes()).toBe(0);
  });

  it("gives the slot back when the work throws", async () => {
    await expect(withHashSlot(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(activeHashes()).toBe(0);
  });
});
