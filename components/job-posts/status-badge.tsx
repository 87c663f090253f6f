import { Badge, type BadgeTone } from "@/components/ui/badge";
import { humanize } from "@/components/ui/format";

const TONE: Record<string, BadgeTone> = { published: "success", draft: "neutral", closed: "warning", archived: "neutral" };

export function JobPostStatusBadge({ status }: { status: string | null | undefined }) {
  return <Badge tone={(status && TONE[status]) || "neutral"}>{humanize(status)}</Badge>;
}
