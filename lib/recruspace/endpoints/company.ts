import type { HttpTransport } from "../http";
import { companyUserSchema, officeSchema, type CompanyUser, type Listed, type Office } from "../schemas";
import { fetchArrayList } from "./shared";

export function companyEndpoints(http: HttpTransport) {
  return {
    /** GET /api/v1/client/companies/offices/ (plain array). */
    async listCompanyOffices(): Promise<Listed<Office>> {
      return fetchArrayList(http, { operation: "listCompanyOffices", method: "GET", path: "/api/v1/client/companies/offices/" }, officeSchema);
    },

    /** GET /api/v1/client/companies/users/ (plain array). */
    async listCompanyUsers(): Promise<Listed<CompanyUser>> {
      return fetchArrayList(http, { operation: "listCompanyUsers", method: "GET", path: "/api/v1/client/companies/users/" }, companyUserSchema);
    },
  };
}
