export type Row = { benchmark: string; goal: string; figure: string; met: boolean | null };

const mark = (met: boolean | null) => (met === null ? "n/a" : met ? "met" : "MISSED");

/** A plain-text table with each goal beside its figure (also valid Markdown). */
export function formatTable(rows: Row[]): string {
  const header: Row = { benchmark: "Benchmark", goal: "Goal", figure: "Measured", met: null };
  const cells = [header, ...rows].map((row, i) => [row.benchmark, row.goal, row.figure, i === 0 ? "Result" : mark(row.met)]);
  const widths = [0, 1, 2, 3].map((col) => Math.max(...cells.map((line) => line[col]!.length)));
  const line = (values: string[]) => `| ${values.map((value, col) => value.padEnd(widths[col]!)).join(" | ")} |`;
  return [line(cells[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.slice(1).map(line)].join("\n");
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const x = (value: number) => `${value.toFixed(2)}×`;
