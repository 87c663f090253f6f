import type { NextApiRequest, NextApiResponse, PageConfig } from "next";
import { serveApplication } from "@/lib/candidates/apply-route";
import { maxCvBytes } from "@/lib/cv/server-config";
import { memberOfUploadRoute } from "@/lib/tenancy/api-route-gate";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";

// Like the CV upload (pages/api/uploads/cv.ts), the body holds files streamed on to Recruspace, which
// only a Pages Router route can read with backpressure.
export const config: PageConfig = { api: { bodyParser: false, responseLimit: false } };

/** POST an application with file answers; see lib/candidates/apply-route.ts and lib/candidates/application-upload.ts. */
export default function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  return serveApplication(req, res, {
    gate: () => memberOfUploadRoute(req),
    client: recruspaceForTenant,
    maxBytes: maxCvBytes(),
  });
}
