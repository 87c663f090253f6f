/** Every kind of audit event. Add new kinds here so the audit page can filter by them. */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.sign_up",
  "member.invited",
  "member.invite_revoked",
  "member.joined",
  "member.role_changed",
  "member.removed",
  "api_key.added",
  "api_key.verified",
  "api_key.verify_failed",
  "api_key.replaced",
  "api_key.revoked",
  "api_key.decrypt_failed",
  "api_key.reencrypted",
  "candidate.created",
  "candidate.added_to_destination",
  "candidate.applied",
  "candidate.note_added",
  "candidate.tag_added",
  "talent_pool.created",
  "talent_pool.renamed",
  "talent_pool.deleted",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
