import { describeFailure, type FailureDescription } from "./describe";

export type Loaded<T> = { ok: true; data: T } | { ok: false; problem: FailureDescription };

/**
 * Runs a page's read; an expected failure (Recruspace, the workspace's key, the gate) becomes a
 * problem the page shows in its shell. A bug is rethrown to the route's error boundary.
 */
export async function loadUpstream<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    const problem = describeFailure(error, { surface: "page" });
    if (!problem.expected) throw error;
    return { ok: false, problem };
  }
}
