import { Menu } from "lucide-react";
import { forwardRef, type ButtonHTMLAttributes } from "react";

/** The phone menu button, the same before the drawer is loaded (a stand-in) and after (Radix's trigger). */
export const MobileNavTrigger = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement>>(function MobileNavTrigger(props, ref) {
  return (
    <button
      ref={ref}
      type="button"
      aria-label="Open navigation"
      aria-haspopup="dialog"
      className="inline-flex size-10 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 lg:hidden dark:text-slate-200 dark:hover:bg-slate-800"
      {...props}
    >
      <Menu aria-hidden="true" className="size-5" />
    </button>
  );
});
