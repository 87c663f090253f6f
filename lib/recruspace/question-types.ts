/** The job-post question types of the contract (docs/recruspace-contract.md); safe to import in the browser. */
export const QUESTION_TYPES = [
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
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];
