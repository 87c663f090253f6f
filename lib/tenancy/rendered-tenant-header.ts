/**
 * The header in which an upload carries the workspace its page was rendered for (./rendered-tenant.ts).
 * Its own file so the browser's upload code imports the name and nothing of the gate's failure types.
 */
export const RENDERED_TENANT_HEADER = "X-Tenant";
