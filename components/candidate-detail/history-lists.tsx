import { formatDate, humanize } from "@/components/ui/format";

type Education = {
  school_name?: string | null;
  degree?: string | null;
  major?: string | null;
  start_date?: string | null;
  end_date?: string | null;
  currently_pursuing?: boolean | null;
};

type Work = {
  company_name?: string | null;
  position_title?: string | null;
  employment_type?: string | null;
  start_date?: string | null;
  end_date?: string | null;
  currently_employed?: boolean | null;
};

function span(start?: string | null, end?: string | null, ongoing?: boolean | null): string {
  return `${formatDate(start)} – ${ongoing ? "present" : formatDate(end)}`;
}

export function WorkExperienceList({ items }: { items: Work[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No work experience listed.</p>;
  return (
    <ol className="space-y-4">
      {items.map((job, i) => (
        <li key={i} className="border-l-2 border-slate-200 pl-3 text-sm dark:border-slate-700">
          <p className="font-medium">
            {job.position_title || "Role not given"}
            {job.company_name ? <span className="font-normal"> at {job.company_name}</span> : null}
          </p>
          <p className="text-slate-600 dark:text-slate-400">
            {span(job.start_date, job.end_date, job.currently_employed)}
            {job.employment_type ? ` · ${humanize(job.employment_type)}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}

export function EducationList({ items }: { items: Education[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No education listed.</p>;
  return (
    <ol className="space-y-4">
      {items.map((school, i) => (
        <li key={i} className="border-l-2 border-slate-200 pl-3 text-sm dark:border-slate-700">
          <p className="font-medium">{school.school_name || "School not given"}</p>
          <p>{[school.degree ? humanize(school.degree) : null, school.major].filter(Boolean).join(", ") || "—"}</p>
          <p className="text-slate-600 dark:text-slate-400">{span(school.start_date, school.end_date, school.currently_pursuing)}</p>
        </li>
      ))}
    </ol>
  );
}
