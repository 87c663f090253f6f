import { Download, ExternalLink } from "lucide-react";
import { resolveContentType } from "@/lib/candidates/files";
import { Button } from "@/components/ui/button";
import { formatBytes } from "@/lib/cv/limits";
import { CvPreview } from "./cv-preview";

type CvFile = { name?: string | null; type?: string | null; file_size?: number | null };

/** PDFs are previewed inline on wide screens (through our own route); Word files are offered as downloads. */
export function CvPanel({ candidateId, cv }: { candidateId: number; cv: CvFile | null | undefined }) {
  if (!cv) return <p className="text-sm text-slate-600 dark:text-slate-400">No CV on file for this candidate.</p>;
  const src = `/api/candidates/${candidateId}/cv`;
  const name = cv.name || "CV";
  const isPdf = resolveContentType(name, cv.type, null) === "application/pdf";
  const size = cv.file_size && cv.file_size > 0 ? formatBytes(cv.file_size) : "";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="min-w-0 truncate text-sm">
          <span className="font-medium">{name}</span>
          {size ? <span className="text-slate-600 dark:text-slate-400"> · {size}</span> : null}
        </p>
        <div className="flex flex-wrap gap-2">
          {isPdf ? (
            <Button asChild variant="secondary" size="sm">
              <a href={src} target="_blank" rel="noopener">
                <ExternalLink aria-hidden="true" className="size-4" /> Open
              </a>
            </Button>
          ) : null}
          <Button asChild variant="secondary" size="sm">
            <a href={`${src}?download=1`} download={name}>
              <Download aria-hidden="true" className="size-4" /> Download CV
            </a>
          </Button>
        </div>
      </div>
      {isPdf ? (
        <CvPreview src={src} title={`CV preview: ${name}`} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">Word documents cannot be previewed in the browser; download the file to read it.</p>
      )}
    </div>
  );
}
