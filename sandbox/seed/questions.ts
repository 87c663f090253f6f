import type { QuestionRecord, QuestionType } from "../store/types";

interface QuestionTemplate {
  questionKey: string;
  label: string;
  type: QuestionType;
  options?: string[];
}

/** One template per question type, worded like a real application form. */
export const QUESTION_TEMPLATES: Record<QuestionType, QuestionTemplate> = {
  phone: { questionKey: "Phone", label: "Phone number", type: "phone" },
  email: { questionKey: "ContactEmail", label: "Preferred contact email", type: "email" },
  short_text: { questionKey: "CurrentTitle", label: "What is your current job title?", type: "short_text" },
  long_text: { questionKey: "Motivation", label: "Why would you like to join us?", type: "long_text" },
  number: { questionKey: "YearsExperience", label: "How many years of relevant experience do you have?", type: "number" },
  boolean: { questionKey: "WorkPermit", label: "Do you have the right to work in the EU?", type: "boolean" },
  single_choice: {
    questionKey: "NoticePeriod",
    label: "What is your notice period?",
    type: "single_choice",
    options: ["Immediately", "2 weeks", "1 month", "3 months"],
  },
  multiple_choice: {
    questionKey: "Languages",
    label: "Which languages do you speak fluently?",
    type: "multiple_choice",
    options: ["English", "German", "French", "Spanish", "Dutch", "Polish"],
  },
  date: { questionKey: "StartDate", label: "Earliest possible start date", type: "date" },
  url: { questionKey: "Portfolio", label: "Portfolio, GitHub or LinkedIn URL", type: "url" },
  file: { questionKey: "Photo", label: "Photo", type: "file" },
  education: { questionKey: "Education", label: "Education", type: "education" },
  experience: { questionKey: "Experience", label: "Work experience", type: "experience" },
};

export function buildQuestions(
  specs: { type: QuestionType; required: boolean }[],
  nextId: () => number,
): QuestionRecord[] {
  return specs.map((spec, index) => {
    const template = QUESTION_TEMPLATES[spec.type];
    return {
      id: nextId(),
      questionKey: template.questionKey,
      label: template.label,
      type: template.type,
      required: spec.required,
      options: template.options ?? [],
      order: index + 1,
    };
  });
}
