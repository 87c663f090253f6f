import { Building2, ChevronsUpDown } from "lucide-react";
import { forwardRef, type ButtonHTMLAttributes } from "react";

/** The workspace button, the same before the menu is loaded (a stand-in) and after (Radix's trigger). */
export const TenantSwitcherTrigger = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement> & { tenantName: string }>(
  function TenantSwitcherTrigger({ tenantName, ...props }, ref) {
    return (
      <button
        ref={ref}
        type="button"
        aria-label={`Workspace: ${tenantName}. Switch workspace`}
        aria-haspopup="menu"
        className="flex w-full min-w-0 items-center gap-2 rounded-md border border-slate-300 bg-white px-2.5 py-2 text-left text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
        {...props}
      >
        <Building2 aria-hidden="true" className="size-4 shrink-0" />
        <span className="min-w-0 flex-1 truncate">{tenantName}</span>
        <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 opacity-70" />
      </button>
    );
  },
);
