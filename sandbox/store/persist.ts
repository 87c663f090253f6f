import fs from "node:fs";
import path from "node:path";
import type { SandboxState } from "./types";

/** Reads a persisted state file; null when absent or not a state this version understands. */
export function loadState(file: string): SandboxState | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as Partial<SandboxState>;
    if (parsed.version === 1 && Array.isArray(parsed.candidates)) return parsed as SandboxState;
  } catch {
    // fall through: an unreadable file must not stop the sandbox; the seed replaces it on the next save
  }
  console.warn(`[sandbox] ignoring unreadable state file ${file}; starting from the seed`);
  return null;
}

/** Saves the state at most every `delayMs` after a change; flush() writes any pending change now. */
export function createPersister(file: string, getState: () => SandboxState, delayMs = 250) {
  let timer: NodeJS.Timeout | null = null;
  const write = () => {
    timer = null;
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const temporary = `${file}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(getState()));
    fs.renameSync(temporary, file);
  };
  return {
    schedule() {
      if (!timer) timer = setTimeout(write, delayMs);
    },
    flush() {
      if (timer) {
        clearTimeout(timer);
        write();
      }
    },
  };
}
