-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "relatedTargetId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_targetType_targetId_idx" ON "AuditEvent"("tenantId", "targetType", "targetId");

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_targetType_relatedTargetId_idx" ON "AuditEvent"("tenantId", "targetType", "relatedTargetId");
