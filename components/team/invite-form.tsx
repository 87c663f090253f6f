"use client";

import { useRef, useState, useTransition } from "react";
import type { Action } from "@/lib/errors/result";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { FieldErrors } from "@/lib/errors/result";
import type { Role } from "@/lib/tenancy/roles";
import { InviteLink } from "./invite-link";

const ROLE_OPTIONS = [
  { value: "member", label: "Member" },
  { value: "admin", label: "Admin" },
] as const;

/** Creates an invite and shows its link once (the server keeps only a hash of the token). */
export function InviteForm({ invite }: { invite: Action<{ email: string; role: Role }, { token: string; expiresAt: string }> }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<{ email: string; link: string; expiresAt: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  return (
    <div className="space-y-4">
      <form
        ref={formRef}
        noValidate
        className="grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-start"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const email = String(data.get("email") ?? "");
          const role = String(data.get("role") ?? "member") as Role;
          setError(null);
          setFieldErrors({});
          startTransition(async () => {
            const result = await invite({ email, role });
            if (!result.ok) {
              setError(result.error);
              setFieldErrors(result.fieldErrors ?? {});
              return;
            }
            setCreated({ email: email.trim().toLowerCase(), link: `${window.location.origin}/invite/${result.data.token}`, expiresAt: result.data.expiresAt });
            formRef.current?.reset();
          });
        }}
      >
        <div className="sm:col-span-3">
          <FormError message={error} />
        </div>
        <Field label="Email" error={fieldErrors.email} required>
          {(props) => <Input {...props} name="email" type="email" autoComplete="off" />}
        </Field>
        <Field label="Role" error={fieldErrors.role}>
          {(props) => <Select {...props} name="role" options={ROLE_OPTIONS} defaultValue="member" />}
        </Field>
        <Button type="submit" loading={pending} className="sm:mt-6">
          Create invite link
        </Button>
      </form>
      {created ? <InviteLink {...created} /> : null}
    </div>
  );
}
