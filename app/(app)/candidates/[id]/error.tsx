"use client";

import { RouteError } from "@/components/shell/route-error";

export default function CandidateError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} title="The candidate could not be shown" />;
}
