-- Written with prisma migrate diff. A per-user session version: bumping it revokes every session of the user.
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

