import Link from "next/link";
import type { FailureDescription } from "@/lib/errors/describe";
import type { Role } from "@/lib/tenancy/roles";
import { Notice } from "@/components/ui/notice";
import { RetryCountdown } from "./retry-countdown";

const linkClass = "font-medium underline underline-offset-2";

/** A failure shown inside the shell (lib/errors words), with the next step for the person looking at it. */
export function FailureNotice({ problem, role }: { problem: FailureDescription; role: Role }) {
  const isAdmin = role === "admin";
  let action: React.ReactNode = null;
  if (problem.fixedBy === "admin") {
    action = isAdmin ? (
      <Link href="/settings/keys" className={linkClass}>
        Go to Settings → API keys
      </Link>
    ) : (
      <p>Only an admin of this workspace can change the key.</p>
    );
  } else if (problem.code === "rate_limited" && problem.retryAfterSeconds) {
    // A fresh key per server render restarts the countdown if the retry is rate-limited again.
    // eslint-disable-next-line react-hooks/purity -- a server component, rendered once per request: the impurity is the point
    action = <RetryCountdown key={Date.now()} seconds={problem.retryAfterSeconds} />;
  }
  return (
    <Notice tone={problem.code === "rate_limited" ? "warning" : "error"} title={problem.title} action={action}>
      {problem.code === "rate_limited" ? <p>Recruspace limits how many requests a key may make per minute.</p> : <p>{problem.message}</p>}
    </Notice>
  );
}
