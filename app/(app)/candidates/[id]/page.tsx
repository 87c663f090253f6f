import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { bindToPage } from "@/lib/actions/define-action";
import { CandidateSkeleton } from "@/components/candidate-detail/candidate-skeleton";
import { CandidateLoader } from "@/components/candidate-detail/candidate-loader";
import { addCandidateNoteAction, addCandidateTagAction } from "./actions";
import { addExistingCandidate, listDestinations } from "../new/actions";

export const metadata: Metadata = { title: "Candidate" };

/** The gate runs first; the candidate streams in behind its skeleton. */
export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) notFound();
  const ctx = await requireTenantPage("member");
  return (
    <>
      <Suspense fallback={<CandidateSkeleton />}>
        <CandidateLoader candidateId={Number(id)} ctx={ctx} actions={{ ...bindToPage(ctx, { addNote: addCandidateNoteAction, addTag: addCandidateTagAction, addExisting: addExistingCandidate }), listDestinations }} />
      </Suspense>
    </>
  );
}
