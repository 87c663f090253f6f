"use client";

import { RouteError } from "@/components/shell/route-error";

export default function SearchError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} title="The search could not be run" />;
}
