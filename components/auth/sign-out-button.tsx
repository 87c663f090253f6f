import { signOutAction } from "@/app/(auth)/sign-out/actions";
import { Button, type ButtonProps } from "@/components/ui/button";

/** A plain form so signing out works even before JavaScript has loaded. */
export function SignOutButton({ children = "Sign out", ...props }: ButtonProps) {
  return (
    <form action={signOutAction}>
      <Button type="submit" {...props}>
        {children}
      </Button>
    </form>
  );
}
