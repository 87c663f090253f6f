import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/current-user";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Create a workspace" };

export default async function SignUpPage() {
  if (await currentUser()) redirect("/");
  return (
    <Card>
      <h1 className="text-2xl font-semibold tracking-tight">Create your workspace</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
        You become the workspace&apos;s admin and can invite your team afterwards.
      </p>
      <SignUpForm signUp={signUpAction} />
    </Card>
  );
}
