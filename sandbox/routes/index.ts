import type { Route } from "../http/router";
import { candidateCreateRoutes } from "./candidate-create";
import { candidateRoutes } from "./candidates";
import { companyRoutes } from "./companies";
import { jobPostRoutes } from "./job-posts";
import { talentPoolRoutes } from "./talent-pools";
import { uploadRoutes } from "./upload";

/** Every Recruspace API route the sandbox serves (the 18 endpoints of docs/recruspace-contract.md). */
export const API_ROUTES: Route[] = [
  ...candidateCreateRoutes,
  ...candidateRoutes,
  ...companyRoutes,
  ...jobPostRoutes,
  ...talentPoolRoutes,
  ...uploadRoutes,
];
