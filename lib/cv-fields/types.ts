/**
 * A run of text as the CV shows it: one line, or one column's part of a line. `y` runs from 0 (top
 * of the page) to 1 (bottom); `x` from 0 (left) to 1 (right); `size` is the font height in points
 * when the source knows it (PDF), else undefined (DOCX text has reading order only).
 */
export type CvLine = { text: string; page: number; x: number; y: number; size?: number };

export type CvLinks = { linkedin?: string; github?: string; portfolio?: string };

/** What a CV says about its author; every list has the likeliest value first. */
export type CvFields = {
  firstName?: string;
  lastName?: string;
  emails: string[];
  phones: string[];
  links: CvLinks;
};

export const NO_FIELDS: CvFields = { emails: [], phones: [], links: {} };

/** Fields found in a line, with the context that makes a value likelier or not. */
export type LineContext = {
  line: CvLine;
  /** Reading-order position, 0-based. */
  index: number;
  /** Under a "References" heading (until the next heading): values here belong to someone else. */
  inReferences: boolean;
};
