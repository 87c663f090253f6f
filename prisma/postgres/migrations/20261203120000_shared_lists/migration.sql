-- CreateTable
CREATE TABLE "SharedListEntry" (
    "tenantId" TEXT NOT NULL,
    "listKey" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "expiresAt" BIGINT NOT NULL,

    CONSTRAINT "SharedListEntry_pkey" PRIMARY KEY ("tenantId","listKey")
);

-- CreateTable
CREATE TABLE "SharedListVersion" (
    "tenantId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SharedListVersion_pkey" PRIMARY KEY ("tenantId")
);

-- CreateIndex
CREATE INDEX "SharedListEntry_expiresAt_idx" ON "SharedListEntry"("expiresAt");

-- AddForeignKey
ALTER TABLE "SharedListEntry" ADD CONSTRAINT "SharedListEntry_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

