import "server-only";
import type { Db } from "@/lib/db";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { normalizeEmail } from "@/lib/auth/email";
import { logUnexpected } from "@/lib/errors/describe";
import { UpstreamFailure } from "@/lib/errors/failures";

/**
 * Keeps the people search through a key replacement when the new key reads the same Recruspace account,
 * so rotating a key does not empty it (rows are bound to the key record they were seen with, and the
 * purge removes any other key's).
 *
 * Decided on documented facts only, for one call of the new key's budget: the person seen last under the
 * old key is asked for with the new key, and the account is the same when that id answers with the same
 * email. Another company's key answers 404 or someone else; any other outcome (a rate limit, an outage,
 * a deleted person) cannot tell, and then nothing is carried: the index refills as people are seen, as it
 * did before. Returns how many people were kept.
 */
export async function carryIndexOver(
  database: Db,
  client: () => Promise<Pick<RecruspaceClient, "getCandidate">>,
  move: { tenantId: string; fromKeyId: string; toKeyId: string },
): Promise<number> {
  const { tenantId, fromKeyId, toKeyId } = move;
  try {
    const sample = await database.seenCandidate.findFirst({
      where: { tenantId, apiKeyId: fromKeyId },
      orderBy: [{ lastSeenAt: "desc" }, { candidateId: "asc" }],
      select: { candidateId: true, email: true },
    });
    if (!sample) return 0;
    const answer = await (await client()).getCandidate(sample.candidateId);
    if (typeof answer.email !== "string" || normalizeEmail(answer.email) !== normalizeEmail(sample.email)) return 0;
    return await database.$transaction(async (tx) => {
      // Anyone already seen under the new key (a page opened since) keeps that newer row.
      const seenSince = await tx.seenCandidate.findMany({ where: { tenantId, apiKeyId: toKeyId }, select: { candidateId: true } });
      if (seenSince.length > 0) {
        await tx.seenCandidate.deleteMany({ where: { tenantId, apiKeyId: fromKeyId, candidateId: { in: seenSince.map((row) => row.candidateId) } } });
      }
      return (await tx.seenCandidate.updateMany({ where: { tenantId, apiKeyId: fromKeyId }, data: { apiKeyId: toKeyId } })).count;
    });
  } catch (error) {
    if (!(error instanceof UpstreamFailure)) logUnexpected("candidate-index.carry-over", error);
    return 0;
  }
}
