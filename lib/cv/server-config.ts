import "server-only";
import { readEnv } from "@/lib/config/env";

/** MAX_CV_BYTES (default 20 MiB): the server enforces it; pages hand it to the browser to show it. */
export function maxCvBytes(): number {
  return readEnv().MAX_CV_BYTES;
}
