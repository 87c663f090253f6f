import type { Metadata } from "next";
import Link from "next/link";
import { ShieldAlert } from "lucide-react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Card } from "@/components/ui/card";
import { redirect } from "next/navigation";
import { signOutAction } from "@/app/(auth)/sign-out/actions";
import { requireTenant } from "@/lib/tenancy/gate";
import { GateError } from "@/lib/errors/failures";

export const metadata: Metadata = { title: "Not allowed" };

const WORDS = {
  no_tenant: {
    title: "You are not in any workspace",
    message: "Your account is not a member of any workspace. Ask an admin for an invite link, or sign out.",
  },
  stepped_down: {
    title: "You are now a member",
    message: "You stepped down from admin, so the team settings are closed to you. Another admin can make you an admin again.",
  },
  role: {
    title: "You need to be an admin",
    message: "Only workspace admins can open this page. Ask an admin of your workspace if you need access.",
  },
} as const;

/**
 * Where the page gate sends members who lack the role a page needs, and users who belong to no
 * workspace (it lives outside the app shell, which needs a workspace). An admin who steps down to
 * member lands here too, and is told so: there is no shell here to show a toast. The words are only
 * said while they are true: someone who is in a workspace is not told they are in none, and an admin of
 * the active workspace is not told they need to be one (the address opened by hand); both go home.
 */
export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { reason } = await searchParams;
  const noTenant = reason === "no_tenant";
  const current = await requireTenant("member").catch((error: unknown) => {
    if (error instanceof GateError) return null;
    throw error;
  });
  if (current && (noTenant || current.role === "admin")) redirect("/");
  const words = noTenant ? WORDS.no_tenant : reason === "stepped_down" ? WORDS.stepped_down : WORDS.role;
  return (
    <Card className="text-center">
      <ShieldAlert aria-hidden="true" className="mx-auto size-10 text-amber-600" />
      <h1 className="mt-3 text-2xl font-semibold tracking-tight">{words.title}</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{words.message}</p>
      <div className="mt-6 flex flex-col gap-2 sm:flex-row sm:justify-center">
        {noTenant ? (
          <SignOutButton signOut={signOutAction} variant="secondary" className="w-full sm:w-auto" />
        ) : (
          <Link
            href="/"
            className="inline-flex h-10 items-center justify-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            Back to your workspace
          </Link>
        )}
      </div>
    </Card>
  );
}
