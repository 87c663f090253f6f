import { Button, type ButtonProps } from "@/components/ui/button";

/** A plain form so signing out works even before JavaScript has loaded. */
export function SignOutButton({ children = "Sign out", signOut, ...props }: ButtonProps & { signOut: () => Promise<void> }) {
  return (
    <form action={signOut}>
      <Button type="submit" {...props}>
        {children}
      </Button>
    </form>
  );
}
