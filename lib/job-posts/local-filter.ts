import type { JobPostSummary, Page } from "@/lib/recruspace/schemas";
import type { JobPostQuery } from "./list-query";

export type JobPostsPage = Page<JobPostSummary> & {
  /** Rows of this page that did not match the filter by the fields the app can see, and were hidden. */
  hiddenByLocalFilter: number;
};

/**
 * `status` and `search` are not documented filters: if Recruspace ignores them the page would show
 * wrong rows as if they matched. The page is filtered again by what each row shows (a row whose
 * status or title is unknown cannot be shown to match), and the page says how many it hid.
 */
export function filterLocally(page: Page<JobPostSummary>, query: Pick<JobPostQuery, "status" | "search">): JobPostsPage {
  const term = query.search?.toLocaleLowerCase();
  const results = page.results.filter(
    (post) => (!query.status || post.status === query.status) && (!term || (post.title ?? "").toLocaleLowerCase().includes(term)),
  );
  return { ...page, results, hiddenByLocalFilter: page.results.length - results.length };
}
