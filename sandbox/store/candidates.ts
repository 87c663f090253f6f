import type { RequestContext } from "../http/context";
import { conflict, fail, notFound } from "../http/response";
import type { CandidateRecord, EducationEntry, JobPostRecord, TalentPoolRecord, WorkExperienceEntry } from "./types";

export interface CandidateTargets {
  post: JobPostRecord | null;
  pool: TalentPoolRecord | null;
}

/** Finds the requested job post / talent pool of the caller's company; unknown or foreign → 404. */
export function resolveTargets(ctx: RequestContext, jobPostHash: string | undefined, poolId: number | undefined): CandidateTargets {
  const post = jobPostHash === undefined ? null : (ctx.store.jobPost(ctx.company.id, jobPostHash) ?? fail(notFound()));
  const pool = poolId === undefined ? null : (ctx.store.talentPool(ctx.company.id, poolId) ?? fail(notFound()));
  return { post, pool };
}

/** Email is unique inside a talent pool and inside a job post (case-insensitive) → else 409. */
export function assertEmailFree(ctx: RequestContext, email: string, targets: CandidateTargets): void {
  const wanted = email.toLowerCase();
  const mine = ctx.store.state.candidates.filter((c) => c.companyId === ctx.company.id && c.email.toLowerCase() === wanted);
  if (targets.pool && mine.some((c) => c.talentPoolIds.includes(targets.pool!.id))) {
    fail(conflict("A candidate with this email already exists in this talent pool."));
  }
  if (targets.post && mine.some((c) => c.jobPostHash === targets.post!.hash)) {
    fail(conflict("A candidate with this email already exists in this job post."));
  }
}

export interface NewCandidate {
  email: string;
  firstName: string;
  lastName: string;
  phoneNumber?: string;
  cvId: number | null;
  photoId?: number | null;
  sourcePlatform: string;
  entryMethod: string;
  education?: EducationEntry[];
  workExperience?: WorkExperienceEntry[];
}

export function createCandidate(ctx: RequestContext, input: NewCandidate, targets: CandidateTargets): CandidateRecord {
  const { store } = ctx;
  const now = store.nowIso();
  const userId = store.nextId();
  store.state.users.push({ id: userId, email: input.email, firstName: input.firstName, lastName: input.lastName, profileImgId: null });
  const candidate: CandidateRecord = {
    id: store.nextId(),
    companyId: ctx.company.id,
    userId,
    jobPostHash: targets.post?.hash ?? null,
    initialJobPostHash: targets.post?.hash ?? null,
    stageIndex: targets.post ? 0 : null,
    talentPoolIds: targets.pool ? [targets.pool.id] : [],
    poolAddedAt: targets.pool ? { [String(targets.pool.id)]: now } : {},
    email: input.email,
    firstName: input.firstName,
    lastName: input.lastName,
    cvId: input.cvId,
    photoId: input.photoId ?? null,
    phoneNumber: input.phoneNumber ?? "",
    address: "",
    city: "",
    country: "",
    education: input.education ?? [],
    workExperience: input.workExperience ?? [],
    links: [],
    tagIds: [],
    suitability: "not_reviewed",
    isPinned: false,
    isParsed: false,
    score: 0,
    skills: [],
    totalWorkExperience: 0,
    seniority: "",
    isSeen: false,
    rejectedMailSended: false,
    sourcePlatform: input.sourcePlatform,
    entryMethod: input.entryMethod,
    createdAt: now,
    updatedAt: now,
  };
  store.state.candidates.push(candidate);
  store.changed();
  return candidate;
}
