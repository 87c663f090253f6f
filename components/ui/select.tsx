import { forwardRef } from "react";
import { cn } from "./cn";
import { inputClass } from "./input";

export type SelectOption = { value: string; label: string };

/** A native select: keyboard, screen readers and phones handle it best, and it works in GET forms. */
export const Select = forwardRef<
  HTMLSelectElement,
  React.SelectHTMLAttributes<HTMLSelectElement> & { options: readonly SelectOption[] }
>(function Select({ options, className, ...props }, ref) {
  return (
    <select ref={ref} className={cn(inputClass, "h-10 pr-8", className)} {...props}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
});
