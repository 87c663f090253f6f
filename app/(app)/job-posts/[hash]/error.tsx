"use client";

import { RouteError } from "@/components/shell/route-error";

export default function JobPostError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} title="The job post could not be shown" />;
}
