import "server-only";
import type { Db } from "@/lib/db";
import type { RecruspaceClient } from "@/lib/recruspace/client";
import { normalizeEmail } from "@/lib/auth/email";
import { logUnexpected } from "@/lib/errors/describe";
import { UpstreamFailure } from "@/lib/errors/failures";

/** `kept`: people the new key's index now holds; `dropped`: people of the old key's index none of whom could be kept. */
export type CarriedOver = { kept: number; dropped: number };

/**
 * Keeps the people search through a key replacement when the new key reads the same Recruspace account,
 * so rotating a key does not empty it (rows are bound to the key record they were seen with, and the
 * purge removes any other key's).
 *
 * Decided on documented facts only, for one call of the new key's budget: the person seen last under the
 * old key is asked for with the new key, and the account is the same when that id answers with the same
 * email. Another company's key answers 404 or someone else; any other outcome (a rate limit, an outage,
 * a deleted person) cannot tell, and then nothing is carried: the index refills as people are seen, as it
 * did before.
 */
export async function carryIndexOver(
  database: Db,
  client: () => Promise<Pick<RecruspaceClient, "getCandidate">>,
  move: { tenantId: string; fromKeyId: string; toKeyId: string },
): Promise<CarriedOver> {
  const { tenantId, fromKeyId, toKeyId } = move;
  const oldKeyRows = { tenantId, apiKeyId: fromKeyId };
  let had = 0;
  try {
    had = await database.seenCandidate.count({ where: oldKeyRows });
    if (had === 0) return { kept: 0, dropped: 0 };
    const sample = await database.seenCandidate.findFirstOrThrow({
      where: oldKeyRows,
      orderBy: [{ lastSeenAt: "desc" }, { candidateId: "asc" }],
      select: { candidateId: true, email: true },
    });
    const answer = await (await client()).getCandidate(sample.candidateId);
    if (typeof answer.email !== "string" || normalizeEmail(answer.email) !== normalizeEmail(sample.email)) return { kept: 0, dropped: had };
    const kept = await database.$transaction(async (tx) => {
      // Anyone already seen under the new key (a page opened since) keeps that newer row.
      const seenSince = await tx.seenCandidate.findMany({ where: { tenantId, apiKeyId: toKeyId }, select: { candidateId: true } });
      if (seenSince.length > 0) {
        await tx.seenCandidate.deleteMany({ where: { ...oldKeyRows, candidateId: { in: seenSince.map((row) => row.candidateId) } } });
      }
      return (await tx.seenCandidate.updateMany({ where: oldKeyRows, data: { apiKeyId: toKeyId } })).count;
    });
    return { kept, dropped: 0 };
  } catch (error) {
    if (!(error instanceof UpstreamFailure)) logUnexpected("candidate-index.carry-over", error);
    return { kept: 0, dropped: had };
  }
}
