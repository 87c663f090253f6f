"use client";

import { useEffect, useRef } from "react";
import { cn } from "./cn";

/**
 * A real checkbox inside its own label (the label's text may be for screen readers only), with a
 * padded hit area for touch and the "some selected" state as the native indeterminate flag.
 */
export function Checkbox({
  label,
  labelHidden = true,
  checked,
  indeterminate = false,
  onChange,
  disabled,
  className,
}: {
  label: string;
  labelHidden?: boolean;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (event: React.ChangeEvent<HTMLInputElement>) => void;
  disabled?: boolean;
  className?: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate && !checked;
  }, [indeterminate, checked]);
  return (
    <label className={cn("-m-2 inline-flex cursor-pointer items-center gap-2 p-2 text-sm", disabled && "cursor-not-allowed opacity-60", className)}>
      <input
        ref={ref}
        type="checkbox"
        checked={checked}
        onChange={onChange}
        disabled={disabled}
        className="size-4 shrink-0 rounded border-slate-400 accent-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
      />
      <span className={labelHidden ? "sr-only" : undefined}>{label}</span>
    </label>
  );
}
