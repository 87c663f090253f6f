/** 20 MiB: the default CV size limit; Recruspace itself accepts up to 25 MB, so ours is stricter. */
export const DEFAULT_MAX_CV_BYTES = 20 * 1024 * 1024;

/** The accepted CV formats, as the browser's file picker and the drop zone should advertise them. */
export const CV_ACCEPT = {
  "application/pdf": [".pdf"],
  "application/msword": [".doc"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [".docx"],
} as const;

/** The `accept` attribute for a plain file input. */
export const CV_ACCEPT_ATTRIBUTE = Object.entries(CV_ACCEPT)
  .flatMap(([mime, extensions]) => [mime, ...extensions])
  .join(",");

/** "20 MB", "340 KB", "12 bytes": binary units, the way operating systems show file sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
