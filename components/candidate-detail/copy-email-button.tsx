"use client";

import { useState } from "react";
import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Copies the email; says so in place (a live region), since a toast would hide the header. */
export function CopyEmailButton({ email }: { email: string }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(email);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
    setTimeout(() => setCopied(null), 2500);
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" size="sm" onClick={copy}>
        {copied === "yes" ? <Check aria-hidden="true" className="size-4" /> : <Copy aria-hidden="true" className="size-4" />}
        Copy email
      </Button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {copied === "yes" ? "Email copied" : copied === "no" ? "The browser did not allow copying; select the email instead." : ""}
      </span>
    </span>
  );
}
