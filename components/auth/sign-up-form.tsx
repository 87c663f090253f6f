"use client";

import Link from "next/link";
import type { Action } from "@/lib/errors/result";
import type { SignUpInput } from "@/lib/tenancy/signup";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PasswordField } from "./password-field";
import { AuthForm } from "./auth-form";
import { useActionForm } from "./use-action-form";

export const PASSWORD_HINT = "At least 12 characters. Avoid common passwords and your email.";

export function SignUpForm({ signUp }: { signUp: Action<SignUpInput, void> }) {
  const { pending, error, fieldErrors, handleSubmit } = useActionForm(signUp);
  return (
    <AuthForm error={error} onSubmit={handleSubmit((field) => ({
        name: field("name"),
        email: field("email"),
        password: field("password"),
        workspaceName: field("workspaceName"),
      }))}>
      <Field label="Your name" error={fieldErrors.name} required>
        {(props) => <Input {...props} name="name" autoComplete="name" />}
      </Field>
      <Field label="Work email" error={fieldErrors.email} required>
        {(props) => <Input {...props} name="email" type="email" autoComplete="email" />}
      </Field>
      <PasswordField autoComplete="new-password" error={fieldErrors.password} hint={PASSWORD_HINT} />
      <Field label="Company workspace name" error={fieldErrors.workspaceName} hint="Usually your company's name." required>
        {(props) => <Input {...props} name="workspaceName" autoComplete="organization" />}
      </Field>
      <Button type="submit" className="w-full" loading={pending}>
        Create workspace
      </Button>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-blue-300">
          Sign in
        </Link>
      </p>
    </AuthForm>
  );
}
