import { describe, expect, it } from "vitest";
import { shortcutFor } from "./shortcuts";

const press = (key: string, extra: Partial<{ metaKey: boolean; ctrlKey: boolean; altKey: boolean; typing: boolean }> = {}) =>
  shortcutFor({ key, metaKey: false, ctrlKey: false, altKey: false, typing: false, ...extra });

describe("shortcutFor", () => {
  it("opens the palette on Ctrl+K and ⌘K, either case", () => {
    expect(press("k", { ctrlKey: true })).toBe("palette");
    expect(press("k", { metaKey: true })).toBe("palette");
    expect(press("K", { ctrlKey: true })).toBe("palette");
  });

  it("shows the help on ?", () => {
    expect(press("?")).toBe("help");
  });

  it("means nothing for plain letters, Alt combinations or ? with a command key", () => {
    expect(press("k")).toBeNull();
    expect(press("k", { ctrlKey: true, altKey: true })).toBeNull();
    expect(press("?", { ctrlKey: true })).toBeNull();
    expect(press("/")).toBeNull();
  });

  it("leaves a field the user is typing in alone: ? and Ctrl+K there mean nothing", () => {
    expect(press("?", { typing: true })).toBeNull();
    expect(press("k", { ctrlKey: true, typing: true })).toBeNull();
    expect(press("k", { metaKey: true, typing: true })).toBeNull();
  });
});
