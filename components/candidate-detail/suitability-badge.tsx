import { Badge, type BadgeTone } from "@/components/ui/badge";
import { humanize } from "@/components/ui/format";

const TONE: Record<string, BadgeTone> = {
  suitable: "success",
  highly_suitable: "success",
  maybe: "warning",
  partially_suitable: "warning",
  not_suitable: "danger",
  unsuitable: "danger",
};

export function SuitabilityBadge({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="text-slate-500 dark:text-slate-400">Not rated</span>;
  return <Badge tone={TONE[value] ?? "neutral"}>{humanize(value)}</Badge>;
}
