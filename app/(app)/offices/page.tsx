import type { Metadata } from "next";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { clientSourceFor } from "@/lib/tenancy/recruspace";
import { companyOffices } from "@/lib/list-cache/lists";
import { loadUpstream } from "@/lib/errors/load";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FailureNotice } from "@/components/shell/failure-notice";
import { OfficesTable } from "@/components/company/offices-table";
import { SkippedNotice } from "@/components/shell/skipped-notice";

export const metadata: Metadata = { title: "Offices" };

export default async function OfficesPage() {
  const ctx = await requireTenantPage("member");
  const loaded = await loadUpstream(() => companyOffices(ctx.tenantId, clientSourceFor(ctx.tenantId)));
  return (
    <>
      <PageHeader title="Offices" description="Your company's offices as Recruspace knows them." />
      {!loaded.ok ? (
        <FailureNotice problem={loaded.problem} role={ctx.role} />
      ) : loaded.data.items.length === 0 && loaded.data.skipped === 0 ? (
        <EmptyState title="No offices" description="Offices added in Recruspace appear here." />
      ) : (
        <>
        <SkippedNotice count={loaded.data.skipped} noun={{ one: "office", many: "offices" }} role={ctx.role} />
        <OfficesTable
          rows={loaded.data.items.map((o) => ({
            id: o.id,
            name: o.name ?? `Office ${o.id}`,
            address: o.address ?? "",
            city: o.city ?? "",
            country: o.country ?? "",
            postalCode: o.postal_code ?? "",
            isHeadquarters: Boolean(o.is_headquarters),
          }))}
        />
        </>
      )}
    </>
  );
}
