import Link from "next/link";
import type { Role } from "@/lib/tenancy/roles";
import { Notice } from "@/components/ui/notice";

/**
 * Said under a list when Recruspace sent items the app could not read (they lacked an id, an email or
 * a name): the rest of the list is shown, and admins are pointed to the connection check.
 */
export function SkippedNotice({ count, noun, role }: { count: number; noun: { one: string; many: string }; role: Role }) {
  if (count <= 0) return null;
  return (
    <Notice tone="warning" title={`${count} ${count === 1 ? noun.one : noun.many} could not be shown`}>
      <p>
        Recruspace sent {count === 1 ? "it" : "them"} in a shape this app does not understand; everything else is listed.{" "}
        {role === "admin" ? (
          <Link href="/settings/keys#connection-check" className="font-medium underline underline-offset-2">
            Run the connection check
          </Link>
        ) : (
          "An admin can run the connection check under Settings → API keys"
        )}{" "}
        to see which fields differ.
      </p>
    </Notice>
  );
}
