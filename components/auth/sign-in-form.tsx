"use client";

import Link from "next/link";
import type { Action } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PasswordField } from "./password-field";
import { AuthForm } from "./auth-form";
import { useActionForm } from "./use-action-form";

export type SignInInput = { email: string; password: string; next?: string };

export function SignInForm({ next, email, signIn }: { next?: string; email?: string; signIn: Action<SignInInput, void> }) {
  const { pending, error, fieldErrors, handleSubmit } = useActionForm(signIn);
  return (
    <AuthForm error={error} onSubmit={handleSubmit((field) => ({ email: field("email"), password: field("password"), next }))}>
      <Field label="Email" error={fieldErrors.email} required>
        {(props) => <Input {...props} name="email" type="email" autoComplete="email" defaultValue={email} />}
      </Field>
      <PasswordField autoComplete="current-password" error={fieldErrors.password} />
      <Button type="submit" className="w-full" loading={pending}>
        Sign in
      </Button>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        New to Recruspace Admin?{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-blue-300">
          Create a workspace
        </Link>
      </p>
    </AuthForm>
  );
}
