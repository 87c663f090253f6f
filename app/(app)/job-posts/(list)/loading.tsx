import { ListPageSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return <ListPageSkeleton toolbar="filters" rows={10} label="Loading job posts…" />;
}
