import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Change password" };

export default async function PasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireTenantPage("member", "/settings/password");
  const { changed } = await searchParams;
  return (
    <div className="max-w-lg space-y-6">
      <PageHeader title="Change password" description={`For ${ctx.userEmail}. Every other device you are signed in on is signed out.`} />
      {changed === "1" ? <Notice title="Your password was changed.">Every other session was signed out; this one stays signed in.</Notice> : null}
      <Card>
        <ChangePasswordForm email={ctx.userEmail} changePassword={changePasswordAction} />
      </Card>
    </div>
  );
}
