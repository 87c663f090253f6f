import type { Metadata } from "next";
import { db } from "@/lib/db";
import { readEnv } from "@/lib/config/env";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { bindToPage } from "@/lib/actions/define-action";
import { listKeys } from "@/lib/vault/api-keys";
import { ActiveKeyCard } from "@/components/vault/active-key-card";
import { KeyHistoryTable } from "@/components/vault/key-history-table";
import { KeyForm } from "@/components/vault/key-form";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { driftSeen } from "@/lib/recruspace/drift-log";
import { ConnectionCheck } from "@/components/vault/connection-check";
import { addApiKey, checkApiKeyConnection, replaceApiKey, revokeApiKey, verifyApiKey } from "./actions";

export const metadata: Metadata = { title: "API keys" };

/** Admins manage the workspace's Recruspace key here; the key itself is only ever shown masked. */
export default async function ApiKeysPage() {
  const ctx = await requireTenantPage("admin");
  const env = readEnv();
  const keys = await listKeys(db(), ctx.tenantId);
  const active = keys.find((key) => key.status === "active");
  const history = keys.filter((key) => key.status !== "active");
  const actions = bindToPage(ctx, { verify: verifyApiKey, revoke: revokeApiKey, replace: replaceApiKey, add: addApiKey });
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <PageHeader
        title="API keys"
        description={`The Recruspace API key ${ctx.tenantName} works with. It is checked with Recruspace before it is saved, stored encrypted, and never shown again.`}
      />
      <section aria-labelledby={active ? "active-key-title" : "add-key-title"} className="space-y-4">
        {active ? (
          <ActiveKeyCard
            apiKey={active}
            allowedBaseUrls={env.recruspaceAllowedBaseUrls}
            actions={{ verify: actions.verify, revoke: actions.revoke, replace: actions.replace }}
          />
        ) : (
          <>
            <Notice tone="warning" title="No active key">
              Nobody in this workspace can work with Recruspace until an admin adds a key.
            </Notice>
            <Card>
              <h2 id="add-key-title" className="mb-4 text-lg font-semibold">
                Add key
              </h2>
              <KeyForm
                mode="add"
                save={actions.add}
                defaultBaseUrl={env.recruspaceDefaultBaseUrl}
                allowedBaseUrls={env.recruspaceAllowedBaseUrls}
                submitLabel="Verify and save"
              />
            </Card>
          </>
        )}
      </section>
      {active ? (
        <section id="connection-check" aria-labelledby="connection-check-title" className="space-y-3">
          <h2 id="connection-check-title" className="text-lg font-semibold">
            Connection check
          </h2>
          <Card>
            <ConnectionCheck
              check={checkApiKeyConnection}
              recent={driftSeen(ctx.tenantId).map(({ operation, path, issue, origin, observed, count }) => ({ operation, path, issue, origin, observed, count }))}
            />
          </Card>
        </section>
      ) : null}
      <section aria-labelledby="key-history-title" className="space-y-3">
        <h2 id="key-history-title" className="text-lg font-semibold">
          Earlier keys
        </h2>
        <KeyHistoryTable keys={history} />
      </section>
    </div>
  );
}
