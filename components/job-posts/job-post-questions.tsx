import type { JobPostQuestion } from "@/lib/recruspace/schemas";
import { Badge } from "@/components/ui/badge";
import { humanize } from "@/components/ui/format";

export function JobPostQuestions({ questions }: { questions: JobPostQuestion[] }) {
  if (questions.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">This job post asks no questions.</p>;
  const ordered = [...questions].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800">
      {ordered.map((q) => (
        <li key={q.id} className="py-3 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{q.label || q.question_key}</span>
            {q.type ? <Badge>{humanize(q.type)}</Badge> : null}
            {q.required === true ? <Badge tone="warning">Required</Badge> : q.required === false ? <Badge>Optional</Badge> : null}
          </div>
          {q.options?.length ? (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Options: {q.options.join(", ")}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
