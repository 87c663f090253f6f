import "server-only";
import { recruspaceForTenant } from "@/lib/tenancy/recruspace";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import type { ClientSource } from "./types";

/** A lazy, memoised client for one tenant, so a page that hits only the cache never decrypts the key. */
export function clientSourceFor(tenantId: string): ClientSource {
  let client: Promise<RecruspaceClient> | undefined;
  return () => (client ??= recruspaceForTenant(tenantId));
}
