import type { RecruspaceClient } from "@/lib/recruspace/client";
import type { CandidateApi } from "./types";

/** The tenant's Recruspace client seen through the slice this feature uses (checked by the compiler). */
export function asCandidateApi(client: RecruspaceClient): CandidateApi {
  return client;
}
