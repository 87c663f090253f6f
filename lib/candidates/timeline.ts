import "server-only";
import type { Db } from "@/lib/db";
import { parseDestination, type Destination } from "./schemas";

/** The kinds of audit event a candidate's timeline shows. */
export const TIMELINE_ACTIONS = ["candidate.created", "candidate.added_to_destination", "candidate.applied", "candidate.note_added", "candidate.tag_added"] as const;
type TimelineAction = (typeof TIMELINE_ACTIONS)[number];

export type TimelineEvent = {
  id: string;
  at: string;
  action: TimelineAction;
  /** The team member's name as the workspace knows them now (their email when the user is gone). */
  actor: string;
  /** Whether the event is about this record itself, or about another record copied from / applied from it. */
  about: "this" | "other";
  /** The other record: the new one an add or application made from this page, or the one this was copied from. */
  otherCandidateId: number | null;
  destination: Destination | null;
  jobPostHash: string | null;
  tag: string | null;
  /** True when an add came from a bulk action on several people. */
  bulk: boolean;
};

export const TIMELINE_LIMIT = 200;

/**
 * What this workspace did with a candidate, newest first, from its own audit trail: every Recruspace write
 * goes out under one shared key, so only the app knows who did it. Only events recorded while the
 * workspace's current key was in use (`since`) are read: a candidate id means something only inside one
 * Recruspace company, and an earlier key may have belonged to another. Nothing before the app knew the
 * candidate is invented.
 */
export async function candidateTimeline(database: Db, tenantId: string, candidateId: number, since: Date | null): Promise<TimelineEvent[]> {
  if (since === null) return [];
  const id = String(candidateId);
  const rows = await database.auditEvent.findMany({
    where: {
      tenantId,
      targetType: "candidate",
      action: { in: [...TIMELINE_ACTIONS] },
      createdAt: { gte: since },
      OR: [{ targetId: id }, { relatedTargetId: id }],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: TIMELINE_LIMIT,
  });
  const userIds = [...new Set(rows.map((row) => row.actorUserId).filter((value): value is string => value !== null))];
  const users = userIds.length ? await database.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((user) => [user.id, user.name]));
  return rows.map((row) => {
    const metadata = readMetadata(row.metadata);
    const about = row.targetId === id ? "this" : "other";
    const other = about === "this" ? row.relatedTargetId : row.targetId;
    return {
      id: row.id,
      at: row.createdAt.toISOString(),
      action: row.action as TimelineAction,
      actor: (row.actorUserId && names.get(row.actorUserId)) || row.actorEmail || "Someone no longer in this workspace",
      about,
      otherCandidateId: other && /^\d+$/.test(other) && other !== id ? Number(other) : null,
      destination: typeof metadata.destination === "string" ? parseDestination(metadata.destination) : null,
      jobPostHash: typeof metadata.jobPost === "string" ? metadata.jobPost : null,
      tag: typeof metadata.tag === "string" ? metadata.tag : null,
      bulk: metadata.bulk === true || typeof metadata.bulk === "string",
    };
  });
}

function readMetadata(value: string | null): Record<string, unknown> {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
