import type { Metadata } from "next";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { clientSourceFor } from "@/lib/tenancy/recruspace";
import { companyUsers } from "@/lib/list-cache/lists";
import { loadUpstream } from "@/lib/errors/load";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FailureNotice } from "@/components/shell/failure-notice";
import { fullName } from "@/components/ui/format";
import { CompanyUsersTable } from "@/components/company/users-table";
import { SkippedNotice } from "@/components/shell/skipped-notice";

export const metadata: Metadata = { title: "Users" };

export default async function CompanyUsersPage() {
  const ctx = await requireTenantPage("member");
  const loaded = await loadUpstream(() => companyUsers(ctx.tenantId, clientSourceFor(ctx.tenantId)));
  return (
    <>
      <PageHeader
        title="Users"
        description="People with access to your company in Recruspace (not the members of this workspace, who are under Settings → Team)."
      />
      {!loaded.ok ? (
        <FailureNotice problem={loaded.problem} role={ctx.role} />
      ) : loaded.data.items.length === 0 && loaded.data.skipped === 0 ? (
        <EmptyState title="No users" description="Recruspace lists no users for your company." />
      ) : (
        <>
        <SkippedNotice count={loaded.data.skipped} noun={{ one: "user", many: "users" }} role={ctx.role} />
        <CompanyUsersTable
          rows={loaded.data.items.map((u) => ({
            id: u.id,
            name: fullName(u.user),
            email: u.user.email,
            role: u.role,
            isActive: u.is_active,
            createdAt: u.created_at,
          }))}
        />
        </>
      )}
    </>
  );
}
