import type { Metadata } from "next";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { listAuditEvents, parseAuditFilter } from "@/lib/audit/query";
import { db } from "@/lib/db";
import { requireTenantPage } from "@/lib/tenancy/page-gate";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireTenantPage("admin", "/settings/audit");
  const filter = parseAuditFilter(await searchParams);
  const result = await listAuditEvents(db(), ctx.tenantId, filter);
  const params = { action: filter.action, actor: filter.actor, from: filter.from, to: filter.to };
  return (
    <div className="space-y-6">
      <PageHeader title="Audit log" description={`Sign-ins, team changes, API-key and candidate events in ${ctx.tenantName}.`} />
      <AuditFilters actions={AUDIT_ACTIONS} values={params} />
      <AuditTable rows={result.rows} />
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} pathname="/settings/audit" params={params} noun="events" />
    </div>
  );
}
