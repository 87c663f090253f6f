import type { Metadata } from "next";
import { InviteForm } from "@/components/team/invite-form";
import { MembersTable } from "@/components/team/members-table";
import { PendingInvites } from "@/components/team/pending-invites";
import { Card, PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import { listPendingInvites } from "@/lib/tenancy/invites";
import { listMembers } from "@/lib/tenancy/members";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { bindToPage } from "@/lib/actions/define-action";
import { changeRole, inviteMember, removeTeamMember, revokeMemberInvite } from "./actions";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const ctx = await requireTenantPage("admin", "/settings/team");
  const [members, invites] = await Promise.all([listMembers(db(), ctx.tenantId), listPendingInvites(db(), ctx.tenantId)]);
  const actions = bindToPage(ctx, { changeRole, removeMember: removeTeamMember, invite: inviteMember, revoke: revokeMemberInvite });
  return (
    <div className="space-y-8">
      <PageHeader title="Team" description={`Who can use ${ctx.tenantName}, and what they may do.`} />
      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className="text-lg font-semibold">
          Members
        </h2>
        <MembersTable
          currentUserId={ctx.userId}
          actions={{ changeRole: actions.changeRole, removeMember: actions.removeMember }}
          members={members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() }))}
        />
      </section>
      <section aria-labelledby="invite-heading" className="space-y-3">
        <h2 id="invite-heading" className="text-lg font-semibold">
          Invite someone
        </h2>
        <Card>
          <InviteForm invite={actions.invite} />
        </Card>
      </section>
      <section aria-labelledby="invites-heading" className="space-y-3">
        <h2 id="invites-heading" className="text-lg font-semibold">
          Pending invites
        </h2>
        <PendingInvites
          revoke={actions.revoke}
          invites={invites.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString() }))}
        />
      </section>
    </div>
  );
}
