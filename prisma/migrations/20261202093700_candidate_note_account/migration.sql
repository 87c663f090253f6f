-- AlterTable
ALTER TABLE "CandidateNote" ADD COLUMN "apiKeyId" TEXT;
ALTER TABLE "CandidateNote" ADD COLUMN "company" TEXT;
