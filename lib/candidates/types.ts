/**
 * The slice of the Recruspace client this feature uses, typed structurally so the domain code can
 * be exercised with the real client against the sandbox and stays independent of its internals.
 */
export type FileRef = { id: number | string; name?: string | null; presigned_url?: string | null };

export type CandidateRecord = {
  id: number;
  email: string;
  first_name: string;
  last_name: string;
  cv?: FileRef | null;
  job_post?: { hash: string; title?: string | null } | null;
  talent_pools?: { id: number; name?: string | null }[] | null;
};

export type QuestionRecord = {
  id: number;
  question_key: string;
  label?: string | null;
  type: string;
  required: boolean;
  options?: string[] | null;
  order?: number | null;
};

export type ManualAddBody = {
  email: string;
  first_name: string;
  last_name: string;
  cv?: string;
  job_post?: string;
  talent_pool_id?: number;
  source_platform?: string;
};

export type ApplyBody = {
  email: string;
  first_name: string;
  last_name: string;
  cv?: string;
  answers: { job_post_question: { id: number; question_key: string }; answer: string }[];
};

export type CandidateApi = {
  searchCandidatesByEmail(email: string): Promise<{ id: number; email: string }[]>;
  getCandidate(id: number): Promise<CandidateRecord>;
  manualAddCandidate(body: ManualAddBody): Promise<CandidateRecord>;
  addNote(body: { candidate_id: number; text: string }): Promise<unknown>;
  listJobPosts(query: { page?: number; page_size?: number; search?: string }): Promise<{
    count: number;
    results: { hash: string; title: string; status: string }[];
  }>;
  listTalentPools(): Promise<{ id: number; name: string; candidate_count?: number | null }[]>;
  getJobPost(hash: string): Promise<{ hash: string; title: string; status: string }>;
  listJobPostQuestions(hash: string): Promise<QuestionRecord[]>;
  applyToJobPost(hash: string, body: ApplyBody): Promise<{ id: number; candidate: { id: number; email: string } }>;
};
