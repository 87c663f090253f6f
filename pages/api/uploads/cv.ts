import type { NextApiRequest, NextApiResponse, PageConfig } from "next";
import { memberOfUploadRoute } from "@/lib/tenancy/api-route-gate";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import { serveCvUpload } from "@/lib/cv/upload-route";
import { maxCvBytes } from "@/lib/cv/server-config";

// The one route in pages/: an App Router handler gets the body from Next, which reads the socket as
// fast as the client sends (no backpressure), so a 20 MiB CV piled up in memory whenever Recruspace
// was slower. Here the handler gets the raw request and reads it only as the upload pulls.
export const config: PageConfig = { api: { bodyParser: false, responseLimit: false } };

/** POST the raw file; see lib/candidates/cv-upload-http.ts for the answers. */
export default function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  return serveCvUpload(req, res, {
    tenantId: async () => (await memberOfUploadRoute(req)).tenantId,
    upload: async (tenantId) => {
      const client = await recruspaceForTenant(tenantId);
      return (body) => client.uploadFile({ ...body, folderKey: "cv" });
    },
    maxBytes: maxCvBytes(),
  });
}
