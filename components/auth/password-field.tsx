"use client";

import { Eye, EyeOff } from "lucide-react";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** A password input with a show/hide toggle; `autoComplete` tells managers whether it is new. */
export function PasswordField({
  label = "Password",
  name = "password",
  autoComplete,
  error,
  hint,
}: {
  label?: string;
  name?: string;
  autoComplete: "current-password" | "new-password";
  error?: string[];
  hint?: string;
}) {
  const [visible, setVisible] = useState(false);
  return (
    <Field label={label} error={error} hint={hint} required>
      {(props) => (
        <div className="relative">
          <Input {...props} name={name} type={visible ? "text" : "password"} autoComplete={autoComplete} className="pr-11" />
          <button
            type="button"
            onClick={() => setVisible((v) => !v)}
            aria-label={visible ? "Hide password" : "Show password"}
            aria-pressed={visible}
            className="absolute inset-y-0 right-0 flex w-10 items-center justify-center rounded-r-md text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-slate-400 dark:hover:text-slate-100"
          >
            {visible ? <EyeOff aria-hidden="true" className="size-4" /> : <Eye aria-hidden="true" className="size-4" />}
          </button>
        </div>
      )}
    </Field>
  );
}
