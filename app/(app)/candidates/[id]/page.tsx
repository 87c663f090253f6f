import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { cameFrom } from "@/lib/candidates/came-from";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { bindToPage } from "@/lib/actions/define-action";
import { CandidateLoader } from "@/components/candidate-detail/candidate-loader";
import { addCandidateNoteAction, addCandidateTagAction } from "./actions";
import { addExistingCandidate, listDestinations } from "../new/actions";

export const metadata: Metadata = { title: "Candidate" };

/**
 * The gate runs first, then the candidate is read before anything is sent: no Suspense boundary or
 * loading.tsx sits above it, so an unknown candidate answers a real 404 (candidates/[id]/not-found.tsx).
 */
export default async function CandidatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) notFound();
  const ctx = await requireTenantPage("member");
  // Back to the list the candidate was opened from: only known in-app lists (lib/candidates/came-from.ts).
  const back = cameFrom((await searchParams).from);
  return (
    <div className="space-y-6">
      {back ? (
        <Link href={back.href} className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline dark:text-blue-300">
          <ArrowLeft aria-hidden="true" className="size-4" /> {back.label}
        </Link>
      ) : null}
      <CandidateLoader candidateId={Number(id)} ctx={ctx} actions={{ ...bindToPage(ctx, { addNote: addCandidateNoteAction, addTag: addCandidateTagAction, addExisting: addExistingCandidate }), listDestinations }} />
    </div>
  );
}
