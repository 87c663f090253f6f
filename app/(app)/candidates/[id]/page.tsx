import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireTenantPage } from "@/lib/tenancy/page-gate";
import { bindToPage } from "@/lib/actions/define-action";
import { CandidateLoader } from "@/components/candidate-detail/candidate-loader";
import { addCandidateNoteAction, addCandidateTagAction } from "./actions";

export const metadata: Metadata = { title: "Candidate" };

/**
 * The gate runs first, then the candidate is read before anything is sent: no Suspense boundary or
 * loading.tsx sits above it, so an unknown candidate answers a real 404 (candidates/[id]/not-found.tsx).
 */
export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) notFound();
  const ctx = await requireTenantPage("member");
  return (
    <CandidateLoader candidateId={Number(id)} ctx={ctx} actions={bindToPage(ctx, { addNote: addCandidateNoteAction, addTag: addCandidateTagAction })} />
  );
}
