/** What a key press anywhere on a signed-in page asks for (the header search's "/" is its own). */
export type ShortcutIntent = "palette" | "help";

/** A key press, and whether it was meant for a field the user is typing in (components/ui/is-typing.ts). */
export type KeyPress = Pick<KeyboardEvent, "key" | "metaKey" | "ctrlKey" | "altKey"> & { typing: boolean };

/** The shortcut a key press means, or null; a press meant for a field means none. */
export function shortcutFor(event: KeyPress): ShortcutIntent | null {
  if (event.altKey || event.typing) return null;
  const commandKey = event.metaKey || event.ctrlKey;
  if (commandKey && event.key.toLowerCase() === "k") return "palette";
  if (!commandKey && event.key === "?") return "help";
  return null;
}

/** The shortcuts the help overlay lists: keys as shown, what they do. */
export const SHORTCUTS: readonly { keys: readonly string[]; does: string }[] = [
  { keys: ["Ctrl", "K"], does: "Open the command palette (⌘ K on a Mac)" },
  { keys: ["/"], does: "Search candidates by name, tag or email" },
  { keys: ["?"], does: "Show these keyboard shortcuts" },
  { keys: ["↑", "↓"], does: "Move through the palette's results" },
  { keys: ["Enter"], does: "Go to the chosen result" },
  { keys: ["Esc"], does: "Close the palette or this overlay" },
];
