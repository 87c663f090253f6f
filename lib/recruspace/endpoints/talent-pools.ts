import type { Accepted, HttpTransport } from "../http";
import { clampPageParams } from "../pagination";
import { candidateSummarySchema, pageSchema, talentPoolSchema, type CandidateSummary, type Listed, type Page, type PageParams, type TalentPool } from "../schemas";
import { fetchArrayList, idSegment } from "./shared";

const candidatePageSchema = pageSchema(candidateSummarySchema);

export function talentPoolEndpoints(http: HttpTransport) {
  const listTalentPools = (): Promise<Listed<TalentPool>> =>
    fetchArrayList(http, { operation: "listTalentPools", method: "GET", path: "/api/v1/client/talent-pools/" }, talentPoolSchema);

  return {
    /** GET /api/v1/client/talent-pools/ (plain array). */
    listTalentPools,

    /** POST /api/v1/client/talent-pools/create/ */
    async createTalentPool(input: { name: string }): Promise<Accepted<TalentPool>> {
      return http.accepted({ operation: "createTalentPool", method: "POST", path: "/api/v1/client/talent-pools/create/", json: { name: input.name } }, talentPoolSchema);
    },

    /**
     * PATCH /api/v1/client/talent-pools/{id}/ — 200 with the pool, or 204 (older docs). A 2xx is a
     * success even when its body cannot be read (`value: null`).
     */
    async updateTalentPool(id: number, input: { name: string }): Promise<Accepted<TalentPool>> {
      const operation = "updateTalentPool";
      return http.accepted({ operation, method: "PATCH", path: `/api/v1/client/talent-pools/${idSegment(operation, "id", id)}/`, json: { name: input.name } }, talentPoolSchema);
    },

    /** DELETE /api/v1/client/talent-pools/{id}/ → 204; the pool's candidates are detached, not deleted. */
    async deleteTalentPool(id: number): Promise<void> {
      const operation = "deleteTalentPool";
      await http.request({ operation, method: "DELETE", path: `/api/v1/client/talent-pools/${idSegment(operation, "id", id)}/` });
    },

    /** GET /api/v1/client/talent-pools/{id}/candidates/?page&page_size (paginated). */
    async listTalentPoolCandidates(id: number, params: PageParams = {}): Promise<Page<CandidateSummary>> {
      const operation = "listTalentPoolCandidates";
      return http.json(
        { operation, method: "GET", path: `/api/v1/client/talent-pools/${idSegment(operation, "id", id)}/candidates/`, query: clampPageParams(params) },
        candidatePageSchema,
      );
    },
  };
}
