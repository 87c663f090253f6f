-- CreateTable
CREATE TABLE "SeenCandidate" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "apiKeyId" TEXT NOT NULL,
    "candidateId" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "pools" TEXT NOT NULL DEFAULT '[]',
    "searchText" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeenCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SeenCandidate_tenantId_apiKeyId_lastSeenAt_idx" ON "SeenCandidate"("tenantId", "apiKeyId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "SeenCandidate_lastSeenAt_idx" ON "SeenCandidate"("lastSeenAt");

-- CreateIndex
CREATE UNIQUE INDEX "SeenCandidate_tenantId_apiKeyId_candidateId_key" ON "SeenCandidate"("tenantId", "apiKeyId", "candidateId");

-- AddForeignKey
ALTER TABLE "SeenCandidate" ADD CONSTRAINT "SeenCandidate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
