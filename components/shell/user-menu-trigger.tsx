import { UserRound } from "lucide-react";
import { forwardRef, type ButtonHTMLAttributes } from "react";

export const userMenuTriggerClass =
  "inline-flex h-10 max-w-48 items-center gap-2 rounded-md px-2 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-slate-200 dark:hover:bg-slate-800";

/** The account button, the same before the menu is loaded (a stand-in) and after (Radix's trigger). */
export const UserMenuTrigger = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement> & { label: string }>(function UserMenuTrigger(
  { label, ...props },
  ref,
) {
  return (
    <button ref={ref} type="button" aria-label={`Account menu for ${label}`} aria-haspopup="menu" className={userMenuTriggerClass} {...props}>
      <UserRound aria-hidden="true" className="size-5 shrink-0" />
      <span className="hidden truncate sm:inline">{label}</span>
    </button>
  );
});
