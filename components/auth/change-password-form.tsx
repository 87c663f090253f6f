"use client";

import type { Action } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { PasswordField } from "./password-field";
import { PASSWORD_HINT } from "./sign-up-form";
import { AuthForm } from "./auth-form";
import { useActionForm } from "./use-action-form";

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

/** The current password, then a new one under the sign-up policy; success reloads the page with a notice. */
export function ChangePasswordForm({ email, changePassword }: { email: string; changePassword: Action<ChangePasswordInput, void> }) {
  const { pending, error, fieldErrors, handleSubmit } = useActionForm(changePassword);
  return (
    <AuthForm error={error} onSubmit={handleSubmit((field) => ({ currentPassword: field("currentPassword"), newPassword: field("newPassword") }))}>
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField label="Current password" name="currentPassword" autoComplete="current-password" error={fieldErrors.currentPassword} />
      <PasswordField label="New password" name="newPassword" autoComplete="new-password" error={fieldErrors.newPassword} hint={PASSWORD_HINT} />
      <Button type="submit" loading={pending}>
        Change password
      </Button>
    </AuthForm>
  );
}
