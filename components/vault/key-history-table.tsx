import type { MaskedKey } from "@/lib/vault/api-keys";
import { formatDateTime } from "@/components/ui/format";

const cell = "px-3 py-2 align-top";

/** Revoked keys, newest first: kept so admins can see which key was used when. */
export function KeyHistoryTable({ keys }: { keys: MaskedKey[] }) {
  if (keys.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No earlier keys.</p>;
  return (
    // The region scrolls sideways on phones; it is focusable so keyboard users can scroll it too.
    <div role="region" aria-label="Earlier keys table (scrolls sideways)" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-800">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <caption className="sr-only">Revoked API keys</caption>
        <thead className="bg-slate-50 text-left text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          <tr>
            <th scope="col" className={cell}>Label</th>
            <th scope="col" className={cell}>Key</th>
            <th scope="col" className={cell}>Base URL</th>
            <th scope="col" className={cell}>Added</th>
            <th scope="col" className={cell}>Last verified</th>
            <th scope="col" className={cell}>Last used</th>
            <th scope="col" className={cell}>Revoked</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 bg-white dark:divide-slate-800 dark:bg-slate-950">
          {keys.map((key) => (
            <tr key={key.id}>
              <th scope="row" className={`${cell} text-left font-medium`}>{key.label}</th>
              <td className={`${cell} font-mono whitespace-nowrap`}>{key.masked}</td>
              <td className={`${cell} whitespace-nowrap`}>{key.baseUrl}</td>
              <td className={`${cell} whitespace-nowrap`}>
                {formatDateTime(key.createdAt)}
                <br />
                <span className="text-slate-600 dark:text-slate-400">by {key.createdByName}</span>
              </td>
              <td className={`${cell} whitespace-nowrap`}>{formatDateTime(key.lastVerifiedAt)}</td>
              <td className={`${cell} whitespace-nowrap`}>{formatDateTime(key.lastUsedAt)}</td>
              <td className={`${cell} whitespace-nowrap`}>
                {formatDateTime(key.revokedAt)}
                {key.revokedByName ? (
                  <>
                    <br />
                    <span className="text-slate-600 dark:text-slate-400">by {key.revokedByName}</span>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
