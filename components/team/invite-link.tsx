"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/ui/format";

/** The one time the invite link is visible: copy it now and send it to the person. */
export function InviteLink({ email, link, expiresAt }: { email: string; link: string; expiresAt: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      toast.success("Invite link copied.");
    } catch {
      toast.error("Could not copy automatically. Select the link and copy it.");
    }
  }
  return (
    <Notice tone="info" title={`Invite link for ${email}`}>
      <p>Send this link to {email}. It works once and expires on {formatDate(expiresAt)}. It will not be shown again.</p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <label className="sr-only" htmlFor="invite-link">
          Invite link
        </label>
        <input
          id="invite-link"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="h-10 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 font-mono text-xs text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        />
        <Button type="button" variant="secondary" onClick={copy}>
          {copied ? <Check aria-hidden="true" className="size-4" /> : <Copy aria-hidden="true" className="size-4" />}
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
    </Notice>
  );
}
