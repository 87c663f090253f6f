/**
 * The words of bulk work (tagging or adding several people at once) that are not an action's own
 * failure: a person whose call never reached the app's server, and the wait for the key's budget.
 */

/** The browser lost the app's server while one person's write was on its way. */
export const BULK_SERVER_UNREACHABLE =
  "The app's server could not be reached, so this one may or may not have been saved. Retrying is safe: Recruspace answers “already there” for one that was.";

/** Under the summary when some failed: a second attempt cannot make a second record or tag. */
export const BULK_RETRY_IS_SAFE = "Retrying the failed ones is safe: Recruspace refuses the same email twice in one pool or post, and the same tag twice on one person, and the app shows those as “already there”.";

/** While the run waits for the workspace key's request budget (people's own requests go first). */
export function bulkWaitWords(seconds: number): string {
  const shown = Math.max(1, Math.ceil(seconds));
  return `Waiting ${shown} s for the Recruspace request budget (people's own requests go first); it goes on by itself.`;
}
