import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInviteButton } from "@/components/auth/accept-invite-button";
import { InviteSignUpForm } from "@/components/auth/invite-sign-up-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { currentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { inviteProblemMessage, lookupInvite } from "@/lib/tenancy/invites";
import { signOutAction } from "@/app/(auth)/sign-out/actions";
import { acceptInviteAction, signUpWithInviteAction } from "./actions";

export const metadata: Metadata = { title: "Accept invite", referrer: "no-referrer" };

const linkClass = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-blue-300";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [lookup, user] = await Promise.all([lookupInvite(db(), token), currentUser()]);
  if (lookup.status !== "valid") {
    return (
      <Card>
        <h1 className="mb-4 text-2xl font-semibold tracking-tight">Invite unavailable</h1>
        <Notice tone="warning" title={inviteProblemMessage(lookup.status)} />
        <p className="mt-6 text-sm">
          <Link href={user ? "/" : "/sign-in"} className={linkClass}>
            {user ? "Go to your workspace" : "Go to sign in"}
          </Link>
        </p>
      </Card>
    );
  }
  const { invite } = lookup;
  const here = `/invite/${encodeURIComponent(token)}`;
  return (
    <Card>
      <h1 className="text-2xl font-semibold tracking-tight">Join {invite.tenantName}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
        You were invited as {invite.role === "admin" ? "an admin" : "a member"}. The link expires on{" "}
        {invite.expiresAt.toISOString().slice(0, 10)}.
      </p>
      {user ? (
        user.email === invite.email ? (
          <AcceptInviteButton token={token} tenantName={invite.tenantName} accept={acceptInviteAction} />
        ) : (
          <div className="space-y-4">
            <Notice tone="warning" title={`This invite is for ${invite.email}.`}>
              You are signed in as {user.email}. Sign out, then open the link again to join with the invited address.
            </Notice>
            <SignOutButton signOut={signOutAction} variant="secondary" className="w-full" />
          </div>
        )
      ) : (await hasAccount(invite.email)) ? (
        <div className="space-y-4">
          <p className="text-sm">An account exists for {invite.email}. Sign in to join the workspace.</p>
          <Link
            href={`/sign-in?next=${encodeURIComponent(here)}&email=${encodeURIComponent(invite.email)}`}
            className="inline-flex h-10 w-full items-center justify-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            Sign in to join
          </Link>
        </div>
      ) : (
        <>
          <InviteSignUpForm token={token} email={invite.email} signUp={signUpWithInviteAction} />
          <p className="mt-4 text-center text-sm text-slate-600 dark:text-slate-400">
            Already have an account with this email?{" "}
            <Link href={`/sign-in?next=${encodeURIComponent(here)}&email=${encodeURIComponent(invite.email)}`} className={linkClass}>
              Sign in
            </Link>
          </p>
        </>
      )}
    </Card>
  );
}

async function hasAccount(email: string): Promise<boolean> {
  return Boolean(await db().user.findUnique({ where: { email }, select: { id: true } }));
}
