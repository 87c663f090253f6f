import type { FormEvent } from "react";
import { FormError } from "@/components/ui/field";

/**
 * The frame of the sign-in, sign-up and invite forms: method=post so a submit before hydration can
 * never put a password into the URL, the browser's own validation off (the server's words show
 * instead), and the refusal above the fields.
 */
export function AuthForm({ error, onSubmit, children }: { error: string | null; onSubmit: (event: FormEvent<HTMLFormElement>) => void; children: React.ReactNode }) {
  return (
    <form method="post" noValidate className="space-y-4" onSubmit={onSubmit}>
      <FormError message={error} />
      {children}
    </form>
  );
}
