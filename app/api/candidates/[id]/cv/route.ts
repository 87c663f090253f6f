import { serveCandidateFile } from "@/lib/candidates/file-route";

/** The candidate's CV, streamed from Recruspace: inline for PDF (preview), a download otherwise or with ?download=1. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return serveCandidateFile(request, (await params).id, "cv");
}
