"use client";

import { RouteError } from "@/components/shell/route-error";

export default function TalentPoolError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} title="The talent pool could not be shown" />;
}
