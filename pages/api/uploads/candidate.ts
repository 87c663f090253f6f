import type { NextApiRequest, NextApiResponse, PageConfig } from "next";
import { serveCreateCandidate } from "@/lib/candidates/create-route";
import { maxCvBytes } from "@/lib/cv/server-config";
import { memberOfUploadRoute } from "@/lib/tenancy/api-route-gate";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";

// Like the CV upload (pages/api/uploads/cv.ts), the body is a CV streamed on to Recruspace, which only
// a Pages Router route can read with backpressure.
export const config: PageConfig = { api: { bodyParser: false, responseLimit: false } };

/** POST /api/uploads/candidate: the raw CV with the candidate's fields in X-Candidate; see lib/candidates/create-route.ts. */
export default function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  return serveCreateCandidate(req, res, {
    gate: () => memberOfUploadRoute(req),
    client: recruspaceForTenant,
    maxBytes: maxCvBytes(),
  });
}
