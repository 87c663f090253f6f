import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-44" />
      <Skeleton className="h-10 w-full sm:w-72" />
      <TableSkeleton rows={6} label="Loading talent pools…" />
    </div>
  );
}
