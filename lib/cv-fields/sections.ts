import type { CvLine, LineContext } from "./types";

/** Section headings in the languages the corpus covers; a heading ends the references section. */
const HEADINGS = [
  "profile", "summary", "about me", "about", "contact", "contact details", "personal details", "experience", "work experience",
  "professional experience", "employment", "employment history", "work history", "career", "education", "skills", "languages",
  "projects", "certifications", "certificates", "interests", "hobbies", "publications", "awards", "volunteering", "training",
  "berufserfahrung", "ausbildung", "kenntnisse", "sprachen", "kontakt", "profil", "persönliche daten", "expérience",
  "expérience professionnelle", "formation", "compétences", "langues", "experiencia", "experiencia laboral", "educación",
  "formación", "habilidades", "idiomas", "contacto", "doświadczenie", "wykształcenie", "umiejętności", "języki", "erfaring",
  "utdanning", "ferdigheter", "språk", "工作经验", "教育背景", "技能", "语言", "联系方式", "个人信息", "الخبرة", "التعليم",
  "المهارات", "اللغات", "معلومات الاتصال",
];
const REFERENCE_HEADINGS = [
  "references", "reference", "referees", "referee", "professional references", "referenzen", "referenz", "références",
  "référence", "referencias", "referencia", "referenze", "referenties", "referencje", "referanser", "推荐人", "证明人", "المراجع",
];
/** A line that introduces someone else's contact details in place (no heading). */
const REFERENCE_LINE = /\b(referee|reference|referenz|référence|referencia|referanse|contact person|ansprechpartner(in)?|supervisor|line manager)s?\b|推荐人|المراجع/i;

const headingKey = (text: string) => text.toLowerCase().replace(/[:：\-–—_.•·|]+$/u, "").replace(/^[\s\-–—_.•·|#]+/u, "").trim();

export const isReferenceHeading = (text: string) => REFERENCE_HEADINGS.includes(headingKey(text));
export const isHeading = (text: string) => {
  const key = headingKey(text);
  return HEADINGS.includes(key) || REFERENCE_HEADINGS.includes(key);
};

/** A line in a page's top or bottom margin: a running header or footer, which no section owns. */
const inPageMargin = (line: CvLine) => line.size !== undefined && (line.y < 0.06 || line.y > 0.93);

/** How many lines after an in-place "Referee:" line still describe that person. */
const REFERENCE_BLOCK_LINES = 3;

/** Every line with its reading position and whether it belongs to a references section or block. */
export function withContext(lines: CvLine[]): LineContext[] {
  let inSection = false;
  let blockLeft = 0;
  return lines.map((line, index) => {
    const margin = inPageMargin(line);
    if (!margin && isReferenceHeading(line.text)) {
      inSection = true;
      return { line, index, inReferences: true };
    }
    if (!margin && isHeading(line.text)) {
      inSection = false;
      blockLeft = 0;
      return { line, index, inReferences: false };
    }
    if (!margin && REFERENCE_LINE.test(line.text)) {
      blockLeft = REFERENCE_BLOCK_LINES + 1;
    }
    const inBlock = blockLeft > 0;
    if (blockLeft > 0) blockLeft -= 1;
    return { line, index, inReferences: !margin && (inSection || inBlock) };
  });
}
