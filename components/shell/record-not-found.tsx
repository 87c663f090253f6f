import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { Notice } from "@/components/ui/notice";

/**
 * The not-found page of a record (a segment's `not-found.tsx`): the page calls `notFound()` before
 * anything streams, so the answer is a real 404, shown inside the shell with a way back to the list.
 */
export function RecordNotFound({ title, back, children }: { title: string; back: { href: string; label: string }; children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <Link href={back.href} className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline dark:text-blue-300">
        <ArrowLeft aria-hidden="true" className="size-4" /> {back.label}
      </Link>
      <Notice tone="error" title={title}>
        <p>{children}</p>
      </Notice>
    </div>
  );
}
