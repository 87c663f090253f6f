import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildSeedState } from "../seed/build";
import { createPersister, loadState } from "./persist";

const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-state-")), "nested", "state.json");

describe("state persistence", () => {
  it("saves once after a burst of changes and loads the same state back", async () => {
    const file = tempFile();
    const state = buildSeedState();
    const persister = createPersister(file, () => state, 20);
    state.talentPools[0]!.name = "Changed";
    persister.schedule();
    persister.schedule();
    expect(fs.existsSync(file)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(loadState(file)?.talentPools[0]?.name).toBe("Changed");
  });

  it("flush() writes a pending change immediately", () => {
    const file = tempFile();
    const persister = createPersister(file, () => buildSeedState(), 10_000);
    persister.schedule();
    persister.flush();
    expect(loadState(file)?.version).toBe(1);
  });

  it("treats a missing or unreadable file as no state", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const file = tempFile();
    expect(loadState(file)).toBeNull();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "{ not json");
    expect(loadState(file)).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ version: 99 }));
    expect(loadState(file)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
