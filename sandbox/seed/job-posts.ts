import { QUESTION_TYPES, type EmploymentType, type JobPostRecord, type JobPostStatus, type QuestionType, type WorkplaceType } from "../store/types";
import { daysBeforeAnchor, type SeedContext } from "./context";
import { buildQuestions } from "./questions";
import { JOB_TITLES } from "./vocabulary";

const STATUS_CYCLE: JobPostStatus[] = ["published", "published", "draft", "published", "closed", "published", "archived", "published"];
const EMPLOYMENT: EmploymentType[] = ["full_time", "full_time", "full_time", "part_time", "contract", "intern"];
const WORKPLACE: WorkplaceType[] = ["on_site", "hybrid", "hybrid", "remote"];

/** Job posts across all statuses; the newest published post asks every question type. */
export function seedJobPosts(ctx: SeedContext, companyUserIds: number[], officeIds: number[]): JobPostRecord[] {
  const { random, company, state } = ctx;
  const titles = random.sample(JOB_TITLES, Math.min(company.jobPosts, JOB_TITLES.length));
  const posts: JobPostRecord[] = [];
  for (let i = 0; i < company.jobPosts; i++) {
    const job = titles[i % titles.length] ?? JOB_TITLES[0];
    // i = 0 is the newest post; it is always published so the demo has a full application form.
    const status = i === 0 || i === 1 ? "published" : (STATUS_CYCLE[i % STATUS_CYCLE.length] ?? "published");
    const employmentType = job.title.includes("Intern") ? "intern" : random.pick(EMPLOYMENT);
    const workplaceType = random.pick(WORKPLACE);
    const officeId = workplaceType === "remote" && random.chance(0.5) ? null : random.pick(officeIds);
    const office = state.offices.find((o) => o.id === officeId);
    const locations = workplaceType === "remote" ? ["Remote (EU)"] : office ? [`${office.city}, ${office.country}`] : [];
    const createdAt = daysBeforeAnchor(i * 9 + random.int(0, 6), random);
    const updatedAt = new Date(Date.parse(createdAt) + random.int(0, 5) * 86_400_000).toISOString();
    posts.push({
      hash: random.hex(32),
      companyId: company.id,
      title: job.title,
      status,
      employmentType,
      workplaceType,
      locations,
      description: describe(company.name, job.title, workplaceType),
      createdById: random.pick(companyUserIds),
      officeId,
      categories: [job.category],
      pipeline: ctx.nextId(),
      questions: buildQuestions(questionPlan(i, ctx), ctx.nextId),
      createdAt,
      updatedAt,
    });
  }
  state.jobPosts.push(...posts);
  return posts;
}

function questionPlan(index: number, ctx: SeedContext): { type: QuestionType; required: boolean }[] {
  if (index === 0) {
    return QUESTION_TYPES.map((type) => ({ type, required: type === "phone" || type === "email" || type === "boolean" || type === "single_choice" }));
  }
  // The second post has a required file question: not answerable through the JSON API (the UI explains).
  if (index === 1) return [{ type: "phone", required: true }, { type: "file", required: true }];
  const optional = ctx.random.sample(
    QUESTION_TYPES.filter((t) => t !== "phone"),
    ctx.random.int(1, 4),
  );
  return [{ type: "phone", required: true }, ...optional.map((type) => ({ type, required: type !== "file" && ctx.random.chance(0.4) }))];
}

function describe(companyName: string, title: string, workplace: WorkplaceType): string {
  const where = workplace === "remote" ? "fully remote within the EU" : workplace === "hybrid" ? "hybrid (three days in the office)" : "on site";
  return [
    `${companyName} builds autonomous mobile robots for warehouses and hospitals. We are looking for a ${title} to join a small, senior team.`,
    "",
    "What you will do:",
    "- Own meaningful problems end to end, from discovery to production",
    "- Work closely with hardware, software and customer teams",
    "- Share what you learn through reviews, docs and demos",
    "",
    "What we offer:",
    `- The role is ${where}`,
    "- 30 days of paid leave, learning budget and a modern equipment package",
  ].join("\n");
}
