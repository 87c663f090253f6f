"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { createInvite, revokeInvite } from "@/lib/tenancy/invites";
import { changeMemberRole, removeMember } from "@/lib/tenancy/members";
import { ROLES } from "@/lib/tenancy/roles";

const role = z.enum(ROLES, "Choose admin or member.");
const id = z.string().min(1).max(100);

/** Returns the raw token once; only its SHA-256 is stored, so the link cannot be shown again. */
export const inviteMember = defineAction(
  { name: "team.invite", role: "admin", input: z.object({ email: z.email("Enter a valid email address.").max(320), role }) },
  async (input, ctx) => {
    const invite = await createInvite(db(), ctx, input);
    revalidatePath("/settings/team");
    return { token: invite.token, expiresAt: invite.expiresAt.toISOString() };
  },
);

export const revokeMemberInvite = defineAction(
  { name: "team.revokeInvite", role: "admin", input: z.object({ inviteId: id }) },
  async (input, ctx) => {
    await revokeInvite(db(), ctx, input.inviteId);
    revalidatePath("/settings/team");
    return null;
  },
);

export const changeRole = defineAction(
  { name: "team.changeRole", role: "admin", input: z.object({ userId: id, role }) },
  async (input, ctx) => {
    await changeMemberRole(db(), ctx, input);
    // An admin who stepped down may no longer see this page, and the forbidden page has no shell to
    // show a toast in: it says the step down happened itself.
    if (input.userId === ctx.userId && input.role === "member") redirect("/forbidden?reason=stepped_down");
    revalidatePath("/settings/team");
    return null;
  },
);

export const removeTeamMember = defineAction(
  { name: "team.remove", role: "admin", input: z.object({ userId: id }) },
  async (input, ctx) => {
    await removeMember(db(), ctx, input);
    revalidatePath("/settings/team");
    return null;
  },
);
