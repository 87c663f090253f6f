import type { CvFill, FillableField } from "./use-cv-fill";

// Plain elements only: this is part of the light /quick-add bundle.
export const FROM_CV_TEXT = "Filled in from the CV: please check it.";

/** The note for a field the CV filled (the Field primitive shows it and links it to the input). */
export const fromCvNote = (fill: CvFill, field: FillableField) => (fill.fromCv.has(field) ? FROM_CV_TEXT : undefined);

/** The other emails or phones the CV holds, each one click away. */
export function CvAlternatives({ fill, field, buttonClassName = "min-h-9 px-3" }: { fill: CvFill; field: "email" | "phone"; buttonClassName?: string }) {
  const values = fill.others[field];
  if (values.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-slate-700 dark:text-slate-300" data-testid={`cv-other-${field}`}>
      <span>Also in the CV:</span>
      {values.map((value) => (
        <button
          key={value}
          type="button"
          className={`${buttonClassName} rounded-md border border-slate-300 font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800`}
          onClick={() => fill.choose(field, value)}
          aria-label={`Use ${value} instead`}
        >
          {value}
        </button>
      ))}
    </div>
  );
}

/** The one calm line when the CV filled nothing. */
export function CvFillNotice({ fill }: { fill: CvFill }) {
  if (!fill.notice) return null;
  return (
    <p role="status" data-testid="cv-fill-notice" className="text-sm text-slate-700 dark:text-slate-300">
      {fill.notice}
    </p>
  );
}
