"use client";

import { RouteError } from "@/components/shell/route-error";

export default function TalentPoolsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} title="The talent pools could not be shown" />;
}
