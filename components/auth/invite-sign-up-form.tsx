"use client";

import type { Action } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PasswordField } from "./password-field";
import { PASSWORD_HINT } from "./sign-up-form";
import { AuthForm } from "./auth-form";
import { useActionForm } from "./use-action-form";

/** Sign-up for an invited person: the email is the invite's and cannot be changed. */
export function InviteSignUpForm({ token, email, signUp }: { token: string; email: string; signUp: Action<{ token: string; name: string; password: string }, void> }) {
  const { pending, error, fieldErrors, handleSubmit } = useActionForm(signUp);
  return (
    <AuthForm error={error} onSubmit={handleSubmit((field) => ({ token, name: field("name"), password: field("password") }))}>
      <Field label="Email" hint="The invite is for this address." required>
        {(props) => <Input {...props} name="email" type="email" value={email} readOnly aria-readonly="true" autoComplete="email" className="bg-slate-100 dark:bg-slate-800" />}
      </Field>
      <Field label="Your name" error={fieldErrors.name} required>
        {(props) => <Input {...props} name="name" autoComplete="name" />}
      </Field>
      <PasswordField autoComplete="new-password" error={fieldErrors.password} hint={PASSWORD_HINT} />
      <Button type="submit" className="w-full" loading={pending}>
        Create account and join
      </Button>
    </AuthForm>
  );
}
