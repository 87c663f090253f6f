import type { UrlSigner } from "../files/signing";
import { substageFor } from "./pipeline";
import type { SandboxStore } from "./store";
import type { CandidateRecord, JobPostRecord, NoteRecord, QuestionRecord, TagRecord, TalentPoolRecord } from "./types";

/**
 * Turns records into the API's JSON shapes (docs/recruspace-contract.md, "Objects").
 * File URLs are signed at serialisation time, so every response carries fresh presigned URLs.
 */
export function createSerializer(store: SandboxStore, signer: UrlSigner, origin: string) {
  const { state } = store;

  const file = (id: number | null) => {
    if (id === null) return null;
    const doc = store.documentById(id);
    if (!doc) return null;
    return {
      id: doc.id,
      path: doc.path,
      name: doc.name,
      type: doc.type,
      file_size: doc.fileSize,
      base: origin,
      presigned_url: signer.sign(origin, doc.id, doc.name),
      uploaded_at: doc.uploadedAt,
    };
  };

  const userBasic = (userId: number) => {
    const user = state.users.find((u) => u.id === userId);
    if (!user) return null;
    return { id: user.id, email: user.email, first_name: user.firstName, last_name: user.lastName, profile_img: file(user.profileImgId) };
  };

  const companyUser = (id: number) => {
    const member = state.companyUsers.find((m) => m.id === id);
    if (!member) return null;
    return { id: member.id, user: userBasic(member.userId), role: member.role, is_active: member.isActive, created_at: member.createdAt };
  };

  const office = (id: number | null) => {
    const record = id === null ? undefined : state.offices.find((o) => o.id === id);
    if (!record) return null;
    return {
      id: record.id,
      name: record.name,
      address: record.address,
      city: record.city,
      country: record.country,
      postal_code: record.postalCode,
      is_headquarters: record.isHeadquarters,
      created_at: record.createdAt,
    };
  };

  const tags = (c: CandidateRecord) =>
    c.tagIds.map((id) => state.tags.find((t) => t.id === id)).filter((t): t is TagRecord => !!t).map(tag);

  const photoUrl = (c: CandidateRecord) => file(c.photoId)?.presigned_url ?? null;

  const postCandidates = (hash: string) => state.candidates.filter((c) => c.jobPostHash === hash);

  const jobPostRef = (hash: string | null) => {
    const post = hash === null ? undefined : state.jobPosts.find((p) => p.hash === hash);
    return post ? { hash: post.hash, title: post.title, status: post.status, pipeline: post.pipeline } : null;
  };

  const jobPostSummary = (post: JobPostRecord) => {
    const applicants = postCandidates(post.hash);
    return {
      hash: post.hash,
      title: post.title,
      status: post.status,
      employment_type: post.employmentType,
      workplace_type: post.workplaceType,
      locations: post.locations,
      applicant_count: applicants.length,
      example_candidates: applicants
        .slice(-3)
        .reverse()
        .map((c) => ({ id: c.id, email: c.email, first_name: c.firstName, last_name: c.lastName, photo: photoUrl(c) })),
      created_at: post.createdAt,
      updated_at: post.updatedAt,
    };
  };

  const tag = (t: TagRecord) => ({ id: t.id, title: t.title });

  return {
    file,
    companyUser,
    office,
    tag,
    jobPostSummary,

    jobPostDetail: (post: JobPostRecord) => ({
      ...jobPostSummary(post),
      description: post.description,
      created_by: companyUser(post.createdById),
      office: office(post.officeId),
      categories: post.categories,
      pipeline: post.pipeline,
    }),

    question: (q: QuestionRecord) => ({
      id: q.id,
      question_key: q.questionKey,
      label: q.label,
      type: q.type,
      required: q.required,
      options: q.options,
      order: q.order,
    }),

    talentPool: (pool: TalentPoolRecord) => ({
      id: pool.id,
      name: pool.name,
      candidate_count: state.candidates.filter((c) => c.talentPoolIds.includes(pool.id)).length,
      created_by: companyUser(pool.createdById),
      created_at: pool.createdAt,
      updated_at: pool.updatedAt,
    }),

    candidateSummary: (c: CandidateRecord, poolId: number) => ({
      id: c.id,
      email: c.email,
      first_name: c.firstName,
      last_name: c.lastName,
      photo: photoUrl(c),
      tags: tags(c),
      suitability: c.suitability,
      created_at: c.createdAt,
      added_at: c.poolAddedAt[String(poolId)] ?? c.createdAt,
    }),

    candidateDetail: (c: CandidateRecord) => {
      const post = c.jobPostHash === null ? undefined : state.jobPosts.find((p) => p.hash === c.jobPostHash);
      const company = state.companies.find((x) => x.id === c.companyId);
      return {
        id: c.id,
        company: company?.name ?? "",
        user: userBasic(c.userId),
        job_post: jobPostRef(c.jobPostHash),
        initial_applied_job_post: jobPostRef(c.initialJobPostHash),
        substage: post && c.stageIndex !== null ? substageFor(post.pipeline, c.stageIndex, c.createdAt) : null,
        email: c.email,
        first_name: c.firstName,
        last_name: c.lastName,
        cv: file(c.cvId),
        photo: file(c.photoId),
        phone_number: c.phoneNumber,
        address: c.address,
        city: c.city,
        country: c.country,
        education: c.education,
        work_experience: c.workExperience,
        links: c.links,
        tags: tags(c),
        suitability: c.suitability,
        is_pinned: c.isPinned,
        is_parsed: c.isParsed,
        score: c.score,
        skills: c.skills,
        total_work_experience: c.totalWorkExperience,
        seniority: c.seniority,
        is_seen: c.isSeen,
        rejected_mail_sended: c.rejectedMailSended,
        source_platform: c.sourcePlatform,
        entry_method: c.entryMethod,
        error_status: false,
        talent_pools: c.talentPoolIds
          .map((id) => state.talentPools.find((p) => p.id === id))
          .filter((p): p is TalentPoolRecord => !!p)
          .map((p) => ({ id: p.id, name: p.name })),
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      };
    },

    note: (n: NoteRecord) => ({ id: n.id, text: n.text, created_at: n.createdAt, updated_at: n.updatedAt }),
  };
}

export type Serializer = ReturnType<typeof createSerializer>;
