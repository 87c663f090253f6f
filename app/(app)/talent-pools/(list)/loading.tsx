import { ListPageSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return <ListPageSkeleton toolbar="search" label="Loading talent pools…" />;
}
