import { readCvFile } from "../../lib/cv-fields/read-file";
import { NO_FIELDS } from "../../lib/cv-fields/types";
import { corpusEntries, renderEntry } from "../../tests/support/cv-corpus/corpus";
import { nodeExtractors } from "../../tests/support/cv-corpus/node-extractors";
import { GOALS, accuracy, rate, type Accuracy, type Tally } from "../../tests/support/cv-corpus/score";
import type { Row } from "../lib/report";

export type CvAccuracyResult = Accuracy & { cvs: number; pdf: number; docx: number };

/** The field heuristics over the generated corpus, read as the worker reads it (the unit test runs the same). */
export async function measureCvAccuracy(): Promise<CvAccuracyResult> {
  const entries = corpusEntries();
  const results = [];
  for (const entry of entries) {
    const reading = await readCvFile(await renderEntry(entry), nodeExtractors);
    results.push({ id: entry.id, expected: entry.expected, fields: reading.ok ? reading.fields : NO_FIELDS });
  }
  return { ...accuracy(results), cvs: entries.length, pdf: entries.filter((e) => e.format === "pdf").length, docx: entries.filter((e) => e.format === "docx").length };
}

const percent = (tally: Tally) => `${(rate(tally) * 100).toFixed(1)} % (${tally.right}/${tally.of})`;

export function cvAccuracyRows(result: CvAccuracyResult): Row[] {
  const corpus = `${result.cvs} CVs: ${result.pdf} PDF, ${result.docx} DOCX`;
  const row = (name: string, tally: Tally, goal: number, atMost = false): Row => ({
    benchmark: `CV fields (${corpus}): ${name}`,
    goal: `${atMost ? "≤" : "≥"} ${goal * 100} %`,
    figure: percent(tally),
    met: atMost ? rate(tally) <= goal : rate(tally) >= goal,
  });
  return [
    row("email", result.email, GOALS.email),
    row("first name", result.firstName, GOALS.names),
    row("last name", result.lastName, GOALS.names),
    row("phone (E.164)", result.phone, GOALS.phone),
    row("links (LinkedIn, GitHub, portfolio)", result.links, GOALS.links),
    row("a value where none is expected", result.wrongWhereNone, GOALS.wrongWhereNone, true),
  ];
}
