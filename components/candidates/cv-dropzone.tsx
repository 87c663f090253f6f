"use client";

import { useDropzone, type FileRejection } from "react-dropzone";
import { Upload } from "lucide-react";
import { CV_ACCEPT, formatBytes } from "@/lib/cv/limits";
import type { UploadedCv } from "@/lib/candidates/schemas";
import { cn } from "@/components/ui/cn";
import { precheckCv } from "./post-cv";
import { useCvUpload } from "./use-cv-upload";
import { CvStatus } from "./cv-status";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * Drop a CV here or click to choose one; it uploads at once with a progress bar. Dropping or
 * choosing another file replaces the current one (a running upload is aborted).
 */
export function CvDropzone({
  id,
  value,
  onChange,
  maxBytes,
  tenantId,
  error,
  describedBy,
  onFile,
  onPickerOpen,
}: {
  id: string;
  value: UploadedCv | null;
  onChange: (cv: UploadedCv | null, file?: File) => void;
  maxBytes: number;
  /** The workspace the page was rendered for, sent with the upload (a stale tab is refused). */
  tenantId: string;
  error?: string;
  describedBy?: string;
  /** Called with each accepted file as its upload starts (the form reads the CV beside it). */
  onFile?: (file: File) => void;
  /** Called when the file picker opens: a file is on its way (the form gets its CV reader ready). */
  onPickerOpen?: () => void;
}) {
  const upload = useCvUpload(maxBytes, tenantId, onChange);
  // Says when the zone listens: a file dropped before hydration would be lost (tests wait for it).
  const ready = useHydrated();
  const onDropAccepted = (files: File[]) => {
    if (!files[0]) return;
    upload.start(files[0]);
    onFile?.(files[0]);
  };
  const onDropRejected = (rejections: FileRejection[]) => {
    const file = rejections[0]?.file;
    if (!file) return;
    const message = rejections.length > 1 ? "Drop one file only." : (precheckCv(file, maxBytes) ?? `“${file.name}” cannot be used as a CV.`);
    upload.reject(file.name, file.size, message);
  };
  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({
    accept: CV_ACCEPT as unknown as Record<string, string[]>,
    maxSize: maxBytes,
    multiple: false,
    noKeyboard: true,
    noClick: true,
    onDropAccepted,
    onDropRejected,
    onFileDialogOpen: onPickerOpen,
  });

  return (
    <div className="space-y-3">
      <div
        {...getRootProps({
          onClick: open,
          className: cn(
            "flex cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed px-4 py-8 text-center transition-colors",
            isDragActive ? "border-brand-600 bg-brand-50 dark:bg-slate-800" : "border-slate-300 dark:border-slate-700",
            error ? "border-red-600" : null,
          ),
        })}
        data-testid="cv-dropzone"
        data-ready={ready || undefined}
      >
        <input {...getInputProps({ "aria-label": "CV file", "aria-invalid": Boolean(error) })} />
        <Upload aria-hidden="true" className="size-6 text-slate-500 dark:text-slate-400" />
        <p className="text-sm">{isDragActive ? "Drop the CV to upload it" : "Drag and drop the CV here, or"}</p>
        <button
          type="button"
          id={id}
          aria-describedby={describedBy}
          onClick={(event) => {
            event.stopPropagation();
            open();
          }}
          className="inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
        >
          {value ? "Choose another file" : "Choose a file"}
        </button>
        <p className="text-xs text-slate-600 dark:text-slate-400">PDF, DOC or DOCX, up to {formatBytes(maxBytes)}.</p>
      </div>
      <CvStatus
        state={upload.state}
        value={value}
        onCancel={upload.cancel}
        onRemove={() => {
          upload.cancel();
          onChange(null);
        }}
      />
    </div>
  );
}
