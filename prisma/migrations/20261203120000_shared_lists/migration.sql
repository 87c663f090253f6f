-- CreateTable
CREATE TABLE "SharedListEntry" (
    "tenantId" TEXT NOT NULL,
    "listKey" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "expiresAt" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "listKey"),
    CONSTRAINT "SharedListEntry_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SharedListVersion" (
    "tenantId" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE INDEX "SharedListEntry_expiresAt_idx" ON "SharedListEntry"("expiresAt");

