-- At most one active Recruspace key per tenant, enforced by the database as well as lib/vault.
CREATE UNIQUE INDEX "ApiKey_one_active_per_tenant" ON "ApiKey"("tenantId") WHERE "status" = 'active';
