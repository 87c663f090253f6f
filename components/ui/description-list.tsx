import { cn } from "@/components/ui/cn";

export type DescriptionItem = { label: string; value: React.ReactNode };

/** Label/value pairs, stacked on phones and side by side on wider screens. */
export function DescriptionList({ items, className }: { items: DescriptionItem[]; className?: string }) {
  return (
    <dl className={cn("divide-y divide-slate-200 text-sm dark:divide-slate-800", className)}>
      {items.map((item) => (
        <div key={item.label} className="grid gap-1 py-2 sm:grid-cols-[minmax(6rem,38%)_1fr] sm:gap-3">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{item.label}</dt>
          <dd className="min-w-0 break-words text-slate-900 dark:text-slate-100">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
