import { KeyRound } from "lucide-react";
import type { MaskedKey } from "@/lib/vault/api-keys";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { RevokeKeyButton, VerifyKeyButton, type KeyAction } from "./key-actions";
import { ReplaceKeyDialog, type ReplaceKey } from "./replace-key-dialog";

export type ActiveKeyActions = { verify: KeyAction<unknown>; revoke: KeyAction<unknown>; replace: ReplaceKey };

/** The workspace's one active key: masked, with who added it and when it last worked. */
export function ActiveKeyCard({ apiKey, allowedBaseUrls, actions }: { apiKey: MaskedKey; allowedBaseUrls: string[]; actions: ActiveKeyActions }) {
  const facts: [string, React.ReactNode][] = [
    ["Key", <span key="k" className="font-mono" data-testid="active-key-masked">{apiKey.masked}</span>],
    ["Base URL", <span key="u" className="break-all">{apiKey.baseUrl}</span>],
    ["Added", `${formatDateTime(apiKey.createdAt)} by ${apiKey.createdByName}`],
    ["Last verified", formatDateTime(apiKey.lastVerifiedAt)],
    ["Last used", formatDateTime(apiKey.lastUsedAt)],
  ];
  return (
    <Card>
      <div className="flex flex-wrap items-center gap-3">
        <KeyRound aria-hidden="true" className="size-5 text-slate-600 dark:text-slate-300" />
        <h2 id="active-key-title" className="text-lg font-semibold break-words">
          {apiKey.label}
        </h2>
        <Badge tone="success">Active</Badge>
      </div>
      <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="mt-0.5 font-medium text-slate-900 dark:text-slate-100">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <VerifyKeyButton keyId={apiKey.id} verify={actions.verify} />
        <ReplaceKeyDialog replace={actions.replace} keyId={apiKey.id} masked={apiKey.masked} label={apiKey.label} baseUrl={apiKey.baseUrl} allowedBaseUrls={allowedBaseUrls} />
        <RevokeKeyButton keyId={apiKey.id} masked={apiKey.masked} revoke={actions.revoke} />
      </div>
    </Card>
  );
}
