import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

/** A titled card; the heading id labels the region for screen-reader navigation. */
export function Section({
  id,
  title,
  icon: Icon,
  children,
  className,
  actions,
}: {
  id: string;
  title: string;
  icon?: React.ComponentType<{ className?: string; "aria-hidden"?: boolean | "true" }>;
  children: React.ReactNode;
  className?: string;
  actions?: React.ReactNode;
}) {
  return (
    <Card className={cn("min-w-0", className)}>
      <section aria-labelledby={`${id}-heading`}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={`${id}-heading`} className="flex items-center gap-2 text-lg font-semibold">
            {Icon ? <Icon aria-hidden="true" className="size-5 text-slate-500 dark:text-slate-400" /> : null}
            {title}
          </h2>
          {actions}
        </div>
        <div className="mt-3">{children}</div>
      </section>
    </Card>
  );
}
