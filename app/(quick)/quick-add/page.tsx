import type { Metadata } from "next";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { bindToPage } from "@/lib/actions/define-action";
import { clientSourceFor } from "@/lib/tenancy/recruspace";
import { loadUpstream } from "@/lib/errors/load";
import { listDestinations as loadDestinations } from "@/lib/candidates/destinations";
import { maxCvBytes } from "@/lib/cv/server-config";
import { QuickAddForm } from "@/components/quick-add/quick-add-form";
import { addExistingCandidate, createCandidate } from "@/app/(app)/candidates/new/actions";

export const metadata: Metadata = { title: "Quick add" };

export default async function QuickAddPage() {
  const ctx = await requireTenantPage("member", "/quick-add");
  const loaded = await loadUpstream(() => loadDestinations(ctx.tenantId, clientSourceFor(ctx.tenantId)));
  return (
    <div className="space-y-5">
      <header className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Quick add</h1>
        {/* A plain link: next/link would prefetch the app's heavier routes on this light page. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- on purpose, see above */}
        <a href="/" className="inline-flex min-h-11 items-center px-2 text-sm font-medium text-brand-700 underline dark:text-blue-300">
          Open the app
        </a>
      </header>
      {!loaded.ok ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">{loaded.problem.title}</p>
          <p>{loaded.problem.message}</p>
        </div>
      ) : (
        <QuickAddForm
          storageKey={`quick-add:${ctx.tenantId}`}
          options={loaded.data.options}
          maxBytes={maxCvBytes()}
          {...bindToPage(ctx, { create: createCandidate, addExisting: addExistingCandidate })}
          tenantId={ctx.tenantId}
        />
      )}
    </div>
  );
}
