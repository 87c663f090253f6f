import { Inbox } from "lucide-react";
import { cn } from "./cn";

/** What a list shows when it has nothing: say so plainly and offer the next step. */
export function EmptyState({
  title,
  description,
  action,
  icon: Icon = Inbox,
  className,
}: {
  title: string;
  description?: React.ReactNode;
  action?: React.ReactNode;
  icon?: React.ComponentType<{ className?: string; "aria-hidden"?: boolean | "true" }>;
  className?: string;
}) {
  return (
    <div className={cn("flex flex-col items-center rounded-lg border border-dashed border-slate-300 px-6 py-12 text-center dark:border-slate-700", className)}>
      <Icon aria-hidden="true" className="size-10 text-slate-500 dark:text-slate-400" />
      <h2 className="mt-3 text-base font-semibold">{title}</h2>
      {description ? <div className="mt-1 max-w-md text-sm text-slate-600 dark:text-slate-400">{description}</div> : null}
      {action ? <div className="mt-4 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
