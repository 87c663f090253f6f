import { useId } from "react";
import { cn } from "./cn";
import { RequiredMark } from "./required-mark";

/**
 * A labelled form control with its hint and error. The child receives id, aria-invalid and
 * aria-describedby through the render function so screen readers announce the error.
 */
export function Field({
  label,
  hint,
  note,
  error,
  required,
  className,
  children,
}: {
  label: string;
  hint?: string;
  /** A passing remark about the value, e.g. that it was filled in from a CV. */
  note?: string;
  error?: string | string[];
  required?: boolean;
  className?: string;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string; required?: boolean }) => React.ReactNode;
}) {
  const id = useId();
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy = [hint ? `${id}-hint` : null, note ? `${id}-note` : null, message ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {children({ id, "aria-invalid": Boolean(message), "aria-describedby": describedBy, required })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {note ? (
        <p id={`${id}-note`} data-testid="field-note" className="text-xs text-brand-700 dark:text-blue-300">
          {note}
        </p>
      ) : null}
      {message ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** A form-level error (e.g. the action's `error` when it is not about one field). */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      {message}
    </div>
  );
}
