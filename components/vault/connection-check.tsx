"use client";

import { ClipboardCopy, Stethoscope } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { describeFinding, formatConnectionReport } from "@/lib/connection-check/format";
import type { ConnectionReport, FieldFinding } from "@/lib/connection-check/run";
import type { Action } from "@/lib/errors/result";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { serverUnreachable } from "@/lib/errors/browser-requests";

export type RecentDifference = FieldFinding & { operation: string; count: number };

/**
 * The connection check on the API keys page: runs the read-only tour with the stored key and shows,
 * per endpoint, the status, the time and the fields that differ from the contract (paths only). The
 * report can be copied as text for a support request.
 */
export function ConnectionCheck({ check, recent }: { check: Action<Record<string, never>, ConnectionReport>; recent: RecentDifference[] }) {
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = () =>
    startTransition(async () => {
      setError(null);
      const result = await check({}).catch(() => null);
      if (!result) return setError(serverUnreachable());
      if (!result.ok) return setError(result.error);
      setReport(result.data);
    });

  const copy = async () => {
    if (!report) return;
    try {
      await navigator.clipboard.writeText(formatConnectionReport(report));
      toast.success("The report was copied.");
    } catch {
      toast.error("The browser did not allow copying; select the report and copy it by hand.");
    }
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Reads your Recruspace account with the stored key (about nine requests, nothing is changed) and lists every field that
        differs from what this app expects — by field name only, never a value. Run it after adding a key, and send the report
        with a support request.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" loading={pending} onClick={run}>
          <Stethoscope aria-hidden="true" className="size-4" /> {pending ? "Checking…" : "Run the connection check"}
        </Button>
        {report ? (
          <Button variant="ghost" onClick={copy}>
            <ClipboardCopy aria-hidden="true" className="size-4" /> Copy as text
          </Button>
        ) : null}
      </div>
      <FormError message={error} />
      {report ? (
        <ol aria-label="Connection check" data-testid="connection-report" className="divide-y divide-slate-200 rounded-lg border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
          {report.endpoints.map((endpoint) => (
            <li key={endpoint.operation} className="space-y-1 p-3" data-operation={endpoint.operation}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{endpoint.label}</span>
                {endpoint.outcome === "ok" ? (
                  <Badge tone={endpoint.fields.some((f) => f.issue !== "extra") ? "warning" : "success"}>{endpoint.status ?? "OK"}</Badge>
                ) : endpoint.outcome === "failed" ? (
                  <Badge tone="danger">{endpoint.status ?? "No answer"}</Badge>
                ) : (
                  <Badge>Skipped</Badge>
                )}
                {endpoint.ms !== null ? <span className="text-slate-600 dark:text-slate-400">{endpoint.ms} ms</span> : null}
              </div>
              {endpoint.problem ? <p>{endpoint.problem}</p> : null}
              {endpoint.reason ? <p className="text-slate-600 dark:text-slate-400">Skipped: {endpoint.reason}.</p> : null}
              {endpoint.fields.length ? (
                <ul className="list-disc pl-5 font-mono text-xs">
                  {endpoint.fields.map((field) => (
                    <li key={`${field.path}|${field.issue}|${field.observed}`}>{describeFinding(field)}</li>
                  ))}
                </ul>
              ) : endpoint.outcome === "ok" ? (
                <p className="text-slate-600 dark:text-slate-400">Every field as expected.</p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {recent.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">Differences seen in this workspace&apos;s answers since the server started ({recent.length})</summary>
          <ul className="mt-2 list-disc pl-5 font-mono text-xs">
            {recent.map((difference) => (
              <li key={`${difference.operation}|${difference.path}|${difference.issue}|${difference.observed}`}>
                {difference.operation} {describeFinding(difference)} — {difference.count}×
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
