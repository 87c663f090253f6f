"use client";

import Link from "next/link";
import { signInAction } from "@/app/(auth)/sign-in/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PasswordField } from "./password-field";
import { useActionForm } from "./use-action-form";

export function SignInForm({ next, email }: { next?: string; email?: string }) {
  const { pending, error, fieldErrors, handleSubmit } = useActionForm(signInAction);
  return (
    <form
      method="post"
      noValidate
      className="space-y-4"
      onSubmit={handleSubmit((field) => ({ email: field("email"), password: field("password"), next }))}
    >
      <FormError message={error} />
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
    </form>
  );
}
