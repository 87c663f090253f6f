import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { currentUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/next-path";
import { SIGN_UP_ANSWER } from "@/lib/tenancy/sign-up-answer";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : null) ?? undefined;
  if (await currentUser()) redirect(next ?? "/");
  const email = typeof params.email === "string" ? params.email.slice(0, 320) : undefined;
  return (
    <Card>
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">Welcome back. Sign in to your workspace.</p>
      {params.signedUp === "1" ? (
        <Notice title={SIGN_UP_ANSWER.title} className="mb-6">
          {SIGN_UP_ANSWER.message}
        </Notice>
      ) : null}
      {params.signedOut === "everywhere" ? <Notice title="You were signed out on every device." className="mb-6" /> : null}
      <SignInForm next={next} email={email} signIn={signInAction} />
    </Card>
  );
}
