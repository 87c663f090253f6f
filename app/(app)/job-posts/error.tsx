"use client";

import { RouteError } from "@/components/shell/route-error";

export default function JobPostsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} title="The job posts could not be shown" />;
}
