import { serveCandidateFile } from "@/lib/candidates/file-route";

/** The candidate's photo through our origin (the page's CSP allows images only from 'self'). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return serveCandidateFile(request, (await params).id, "photo");
}
