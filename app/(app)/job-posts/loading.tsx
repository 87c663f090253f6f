import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-16 w-full" />
      <TableSkeleton rows={10} label="Loading job posts…" />
    </div>
  );
}
