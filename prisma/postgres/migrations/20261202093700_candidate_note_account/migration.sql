-- AlterTable
ALTER TABLE "CandidateNote" ADD COLUMN     "apiKeyId" TEXT,
ADD COLUMN     "company" TEXT;
