import { formatBytes } from "@/lib/cv/limits";
import type { UploadedCv } from "@/lib/candidates/schemas";
import type { UploadState } from "./use-cv-upload";

// Inline icons instead of lucide-react: this component is part of the light /quick-add bundle.
function XIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" className="size-4">
      <path d="M18 6 6 18M6 6l12 12" />
    </svg>
  );
}

function FileIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className="size-5 shrink-0 text-brand-600 dark:text-brand-500">
      <path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z" />
      <path d="M14 2v6h6M8 13h8M8 17h8" />
    </svg>
  );
}

/** The upload's progress bar, the uploaded file, or the reason it was refused. Shared with quick add. */
export function CvStatus({
  state,
  value,
  onCancel,
  onRemove,
  buttonClassName = "h-10 px-3",
}: {
  state: UploadState;
  value: UploadedCv | null;
  onCancel: () => void;
  onRemove: () => void;
  buttonClassName?: string;
}) {
  const button = `inline-flex items-center gap-1 rounded-md border border-slate-300 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800 ${buttonClassName}`;
  if (state.phase === "uploading") {
    const percent = Math.round(state.progress * 100);
    return (
      <div className="space-y-2" data-testid="cv-uploading">
        <p className="text-sm">
          Uploading <span className="font-medium">{state.name}</span> ({formatBytes(state.size)}) — {percent}%
        </p>
        <div
          role="progressbar"
          aria-label={`Uploading ${state.name}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        >
          <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
        </div>
        <button type="button" className={button} onClick={onCancel}>
          <XIcon /> Cancel upload
        </button>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      {state.phase === "error" ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.message}
        </p>
      ) : null}
      {value ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-800" data-testid="cv-uploaded">
          <FileIcon />
          <p className="min-w-0 flex-1 text-sm">
            <span className="block truncate font-medium">{value.name}</span>
            <span className="text-slate-600 dark:text-slate-400">{formatBytes(value.size)} · uploaded</span>
          </p>
          <button type="button" className={button} onClick={onRemove}>
            <XIcon /> Remove
          </button>
        </div>
      ) : null}
    </div>
  );
}
