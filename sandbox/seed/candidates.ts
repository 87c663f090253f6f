import type { CandidateRecord, EducationEntry, JobPostRecord, LinkEntry, TalentPoolRecord, WorkExperienceEntry } from "../store/types";
import { daysBeforeAnchor, isoDate, slugify, type SeedContext } from "./context";
import { seedCvDocument, seedPhotoDocument } from "./documents";
import {
  CITIES, DEGREES, EMAIL_DOMAINS, EMPLOYERS, FIRST_NAMES, LAST_NAMES, MAJORS, SCHOOLS, SENIORITIES, SKILLS,
  SOURCE_PLATFORMS, SUITABILITIES,
} from "./vocabulary";

export const PIPELINE_STAGE_COUNT = 6;

/** Candidates spread over job posts (not drafts) and talent pools; every one is in at least one. */
export function seedCandidates(ctx: SeedContext, posts: JobPostRecord[], pools: TalentPoolRecord[], tagIds: number[]): void {
  const { random, company, state } = ctx;
  const openPosts = posts.filter((p) => p.status !== "draft");
  const emails = new Set<string>();
  for (let i = 0; i < company.candidates; i++) {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    let email = `${slugify(firstName)}.${slugify(lastName).replace(/-/g, "")}@${random.pick(EMAIL_DOMAINS)}`;
    for (let n = 2; emails.has(email); n++) email = email.replace(/(\d*)@/, `${n}@`);
    emails.add(email);

    const inPost = openPosts.length > 0 && (pools.length === 0 || random.chance(0.65));
    const post = inPost ? random.pick(openPosts) : null;
    const poolCount = pools.length === 0 ? 0 : !post ? random.int(1, 2) : random.chance(0.3) ? 1 : 0;
    const candidatePools = random.sample(pools, poolCount);
    const created = post
      ? new Date(Math.min(Date.parse(post.createdAt) + random.int(1, 40) * 86_400_000, Date.parse(daysBeforeAnchor(0, random))))
      : new Date(daysBeforeAnchor(random.int(1, 500), random));
    const createdAt = created.toISOString();

    const place = random.pick(CITIES);
    const workExperience = experience(ctx, created);
    const years = Math.round(workExperience.reduce((sum, w) => sum + yearsBetween(w.start_date, w.end_date, created), 0));
    const headline = workExperience[0] ? `${workExperience[0].position_title} at ${workExperience[0].company_name}` : "Graduate";
    const skills = random.sample(SKILLS, random.int(3, 7));
    const cv = random.chance(0.92)
      ? seedCvDocument(
          ctx,
          { firstName, lastName, email, headline, lines: [`Skills: ${skills.join(", ")}`, `Based in ${place.city}, ${place.country}`] },
          createdAt,
          random.chance(0.85) ? "pdf" : "docx",
        )
      : null;
    const photo = random.chance(0.3) ? seedPhotoDocument(ctx, `${firstName} ${lastName}`, createdAt) : null;
    const userId = ctx.nextId();
    state.users.push({ id: userId, email, firstName, lastName, profileImgId: photo?.id ?? null });

    const candidate: CandidateRecord = {
      id: ctx.nextId(),
      companyId: company.id,
      userId,
      jobPostHash: post?.hash ?? null,
      initialJobPostHash: post?.hash ?? null,
      stageIndex: post ? random.int(0, PIPELINE_STAGE_COUNT - 1) : null,
      talentPoolIds: candidatePools.map((p) => p.id),
      poolAddedAt: Object.fromEntries(candidatePools.map((p) => [String(p.id), createdAt])),
      email,
      firstName,
      lastName,
      cvId: cv?.id ?? null,
      photoId: photo?.id ?? null,
      phoneNumber: `${place.phone} ${random.int(100, 999)} ${random.int(1000, 9999)}`,
      address: `${place.street} ${random.int(1, 220)}`,
      city: place.city,
      country: place.country,
      education: education(ctx, created),
      workExperience,
      links: links(ctx, firstName, lastName),
      tagIds: random.sample(tagIds, random.chance(0.5) ? random.int(1, 3) : 0),
      suitability: random.pick(SUITABILITIES),
      isPinned: random.chance(0.08),
      isParsed: cv !== null,
      score: random.int(35, 98),
      skills,
      totalWorkExperience: years,
      seniority: years < 1 ? "intern" : years < 3 ? "junior" : years < 6 ? "mid" : years < 10 ? "senior" : random.pick(SENIORITIES.slice(4)),
      isSeen: random.chance(0.7),
      rejectedMailSended: false,
      sourcePlatform: post ? random.pick(SOURCE_PLATFORMS) : "api",
      entryMethod: post ? "applied" : "manual",
      createdAt,
      updatedAt: createdAt,
    };
    state.candidates.push(candidate);
  }
}

function education(ctx: SeedContext, before: Date): EducationEntry[] {
  const { random } = ctx;
  const endYear = before.getUTCFullYear() - random.int(0, 12);
  return [
    {
      school_name: random.pick(SCHOOLS),
      degree: random.pick(DEGREES),
      major: random.pick(MAJORS),
      start_date: `${endYear - random.int(2, 5)}-09-01`,
      end_date: `${endYear}-07-15`,
      currently_pursuing: false,
    },
  ];
}

function experience(ctx: SeedContext, before: Date): WorkExperienceEntry[] {
  const { random } = ctx;
  const entries: WorkExperienceEntry[] = [];
  let end: Date | null = null;
  let cursor = before;
  for (let n = random.int(0, 3); n > 0; n--) {
    const months = random.int(8, 48);
    const start = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() - months, 1));
    entries.push({
      company_name: random.pick(EMPLOYERS),
      position_title: random.pick(["Software Engineer", "Robotics Engineer", "Product Designer", "Account Manager", "Data Analyst", "Technician", "Project Manager", "QA Engineer"]),
      employment_type: random.pick(["full_time", "full_time", "part_time", "contract"]),
      start_date: isoDate(start.toISOString()),
      end_date: end ? isoDate(end.toISOString()) : null,
      currently_employed: end === null,
    });
    end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - random.int(0, 3), 28));
    cursor = end;
  }
  return entries;
}

function yearsBetween(start: string | null, end: string | null, now: Date): number {
  if (!start) return 0;
  return Math.max(0, ((end ? Date.parse(end) : now.getTime()) - Date.parse(start)) / (365.25 * 86_400_000));
}

function links(ctx: SeedContext, firstName: string, lastName: string): LinkEntry[] {
  const handle = `${slugify(firstName)}-${slugify(lastName)}`;
  const out: LinkEntry[] = [{ platform: "linkedin", url: `https://www.linkedin.com/in/${handle}-${ctx.random.hex(4)}` }];
  if (ctx.random.chance(0.4)) out.push({ platform: "github", url: `https://github.com/${handle}` });
  if (ctx.random.chance(0.15)) out.push({ platform: "portfolio", url: `https://${handle}.example.com` });
  return out;
}
