import { AtSign, BriefcaseBusiness, CodeXml, Globe, Link2, type LucideIcon } from "lucide-react";
import { humanize } from "@/components/ui/format";

const ICONS: Record<string, LucideIcon> = {
  linkedin: BriefcaseBusiness,
  github: CodeXml,
  gitlab: CodeXml,
  twitter: AtSign,
  x: AtSign,
  portfolio: Globe,
  website: Globe,
};

const LABELS: Record<string, string> = { linkedin: "LinkedIn", github: "GitHub", gitlab: "GitLab", x: "X" };

/** Only http(s) links become anchors: a `javascript:` URL from upstream data must never be clickable. */
export function safeExternalUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

export function CandidateLinks({ links }: { links: { platform?: string | null; url: string }[] }) {
  if (links.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No links.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {links.map((link, i) => {
        const platform = link.platform?.toLowerCase() ?? "";
        const Icon = ICONS[platform] ?? Link2;
        const label = LABELS[platform] ?? humanize(platform || "link");
        const href = safeExternalUrl(link.url);
        return (
          <li key={`${link.url}-${i}`} className="flex min-w-0 items-center gap-2">
            <Icon aria-hidden="true" className="size-4 shrink-0 text-slate-500 dark:text-slate-400" />
            <span className="font-medium">{label}</span>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="min-w-0 truncate text-brand-700 hover:underline dark:text-blue-300">
                {link.url}
              </a>
            ) : (
              <span className="min-w-0 truncate">{link.url}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
