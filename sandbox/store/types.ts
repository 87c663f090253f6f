/**
 * The sandbox's whole state: plain JSON-serialisable records, so it can be persisted to a file
 * and rebuilt deterministically from the seed. Records are stored as the sandbox needs them;
 * the API shapes are produced by store/serialize.ts.
 */
export type JobPostStatus = "draft" | "published" | "closed" | "archived";
export type EmploymentType = "full_time" | "part_time" | "contract" | "intern";
export type WorkplaceType = "on_site" | "remote" | "hybrid";
export type CompanyRole = "owner" | "admin" | "recruiter" | "hiring_manager";
export type QuestionType =
  | "short_text"
  | "long_text"
  | "number"
  | "boolean"
  | "single_choice"
  | "multiple_choice"
  | "date"
  | "email"
  | "phone"
  | "url"
  | "file"
  | "education"
  | "experience";

export const QUESTION_TYPES: readonly QuestionType[] = [
  "short_text",
  "long_text",
  "number",
  "boolean",
  "single_choice",
  "multiple_choice",
  "date",
  "email",
  "phone",
  "url",
  "file",
  "education",
  "experience",
];

export interface CompanyRecord {
  id: number;
  slug: string;
  name: string;
}

export interface ApiKeyRecord {
  key: string;
  companyId: number;
  revoked: boolean;
}

export interface DocumentRecord {
  id: number;
  companyId: number;
  /** Storage path, e.g. "companies/1/cv/2026/03/jane-doe-cv.pdf". */
  path: string;
  name: string;
  /** MIME type detected from the content (never from the client's claim). */
  type: string;
  fileSize: number;
  /** The bytes, base64. */
  contentBase64: string;
  uploadedAt: string;
}

export interface UserRecord {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  profileImgId: number | null;
}

export interface CompanyUserRecord {
  id: number;
  companyId: number;
  userId: number;
  role: CompanyRole;
  isActive: boolean;
  createdAt: string;
}

export interface OfficeRecord {
  id: number;
  companyId: number;
  name: string;
  address: string;
  city: string;
  country: string;
  postalCode: string;
  isHeadquarters: boolean;
  createdAt: string;
}

export interface QuestionRecord {
  id: number;
  questionKey: string;
  label: string;
  type: QuestionType;
  required: boolean;
  options: string[];
  order: number;
}

export interface JobPostRecord {
  hash: string;
  companyId: number;
  title: string;
  status: JobPostStatus;
  employmentType: EmploymentType;
  workplaceType: WorkplaceType;
  locations: string[];
  description: string;
  createdById: number;
  officeId: number | null;
  categories: string[];
  pipeline: number;
  questions: QuestionRecord[];
  createdAt: string;
  updatedAt: string;
}

export interface TalentPoolRecord {
  id: number;
  companyId: number;
  name: string;
  createdById: number;
  createdAt: string;
  updatedAt: string;
}

export interface EducationEntry {
  school_name: string;
  degree: string;
  major: string;
  start_date: string | null;
  end_date: string | null;
  currently_pursuing: boolean;
}

export interface WorkExperienceEntry {
  company_name: string;
  position_title: string;
  employment_type: string;
  start_date: string | null;
  end_date: string | null;
  currently_employed: boolean;
}

export interface LinkEntry {
  platform: string;
  url: string;
}

export interface CandidateRecord {
  id: number;
  companyId: number;
  /** The candidate's own portal account id (the `user` object of the API). */
  userId: number;
  jobPostHash: string | null;
  initialJobPostHash: string | null;
  /** Index into the pipeline's stages; null when not in a job post. */
  stageIndex: number | null;
  talentPoolIds: number[];
  /** When the candidate was added to each pool (pool id → ISO time). */
  poolAddedAt: Record<string, string>;
  email: string;
  firstName: string;
  lastName: string;
  cvId: number | null;
  photoId: number | null;
  phoneNumber: string;
  address: string;
  city: string;
  country: string;
  education: EducationEntry[];
  workExperience: WorkExperienceEntry[];
  links: LinkEntry[];
  tagIds: number[];
  suitability: string;
  isPinned: boolean;
  isParsed: boolean;
  score: number;
  skills: string[];
  totalWorkExperience: number;
  seniority: string;
  isSeen: boolean;
  rejectedMailSended: boolean;
  sourcePlatform: string;
  entryMethod: string;
  createdAt: string;
  updatedAt: string;
}

export interface TagRecord {
  id: number;
  companyId: number;
  title: string;
}

export interface NoteRecord {
  id: number;
  candidateId: number;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface ApplicationRecord {
  id: number;
  candidateId: number;
  jobPostHash: string;
  termsOfUse: boolean;
  answers: { questionId: number; questionKey: string; answer: string }[];
  createdAt: string;
}

export interface SandboxState {
  version: 1;
  nextId: number;
  companies: CompanyRecord[];
  apiKeys: ApiKeyRecord[];
  documents: DocumentRecord[];
  users: UserRecord[];
  companyUsers: CompanyUserRecord[];
  offices: OfficeRecord[];
  jobPosts: JobPostRecord[];
  talentPools: TalentPoolRecord[];
  candidates: CandidateRecord[];
  tags: TagRecord[];
  notes: NoteRecord[];
  applications: ApplicationRecord[];
}
