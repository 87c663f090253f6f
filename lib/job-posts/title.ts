/** A job post's title, or a name made from its hash when Recruspace did not send one (the title is an inferred field). */
export function jobPostTitle(post: { title?: string | null; hash: string }): string {
  return post.title?.trim() || `Untitled job post (${post.hash})`;
}
