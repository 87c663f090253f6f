import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div role="status" className="space-y-6">
      <span className="sr-only">Loading the job post…</span>
      <Skeleton className="h-4 w-28" />
      <Skeleton className="h-8 w-2/3" />
      <Skeleton className="h-48 w-full" />
      <Skeleton className="h-40 w-full" />
    </div>
  );
}
