"use client";

import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/** The required "terms of use" checkbox of an application (sent to Recruspace as terms_of_use: true). */
export function TermsOfUseField({ registration, error }: { registration: UseFormRegisterReturn; error?: string }) {
  const id = useId();
  return (
    <div className="space-y-1.5">
      <label className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800 dark:text-slate-200">
        <input
          type="checkbox"
          {...registration}
          aria-required="true"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          className="size-5 accent-brand-600"
        />
        <span>
          The candidate accepted the terms of use
          <span aria-hidden="true" className="text-red-700 dark:text-red-400">
            {" "}
            *
          </span>
        </span>
      </label>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
