import type { CvLine } from "./types";

const LEFT_EDGE = 0.4;
const RIGHT_START = 0.42;

/**
 * Lines in the order a reader takes them: page by page, and on a two-column page the left column
 * before the right one (a sidebar's contact block stays together, and so does a references section).
 * A page is two-column when at least three rows hold text on both sides.
 */
export function readingOrder(lines: CvLine[]): CvLine[] {
  const pages = new Map<number, CvLine[]>();
  for (const line of lines) {
    const page = pages.get(line.page);
    if (page) page.push(line);
    else pages.set(line.page, [line]);
  }
  const ordered: CvLine[] = [];
  for (const page of [...pages.keys()].sort((a, b) => a - b)) {
    const onPage = pages.get(page)!;
    const positioned = onPage.every((line) => line.size !== undefined);
    if (!positioned) {
      ordered.push(...onPage);
      continue;
    }
    const byRow = [...onPage].sort((a, b) => a.y - b.y || a.x - b.x);
    const split = twoColumnSplit(byRow);
    if (split === null) ordered.push(...byRow);
    else ordered.push(...byRow.filter((line) => line.x < split), ...byRow.filter((line) => line.x >= split));
  }
  return ordered;
}

function twoColumnSplit(byRow: CvLine[]): number | null {
  let sharedRows = 0;
  let rightStart = 1;
  for (let i = 0; i < byRow.length; i++) {
    const line = byRow[i]!;
    if (line.x >= LEFT_EDGE) continue;
    const tolerance = (line.size ?? 10) / 800;
    for (let j = i + 1; j < byRow.length && byRow[j]!.y - line.y <= tolerance; j++) {
      const other = byRow[j]!;
      if (other.x >= RIGHT_START) {
        sharedRows += 1;
        rightStart = Math.min(rightStart, other.x);
        break;
      }
    }
  }
  return sharedRows >= 3 ? rightStart - 0.01 : null;
}
