import { json } from "../http/response";
import type { Route } from "../http/router";
import { serializerFor } from "./shared";

/** List Company Offices and List Company Users: plain arrays, in id order. */
export const companyRoutes: Route[] = [
  {
    pattern: "/api/v1/client/companies/offices/",
    handlers: {
      GET: (ctx) => {
        const s = serializerFor(ctx);
        return json(200, ctx.store.state.offices.filter((o) => o.companyId === ctx.company.id).map((o) => s.office(o.id)));
      },
    },
  },
  {
    pattern: "/api/v1/client/companies/users/",
    handlers: {
      GET: (ctx) => {
        const s = serializerFor(ctx);
        return json(200, ctx.store.state.companyUsers.filter((m) => m.companyId === ctx.company.id).map((m) => s.companyUser(m.id)));
      },
    },
  },
];
