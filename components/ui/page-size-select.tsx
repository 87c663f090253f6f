"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId } from "react";
import { Select } from "./select";

/** Chooses rows per page; changing it goes back to page 1 and keeps the other URL parameters. */
export function PageSizeSelect({ value, choices = [10, 20, 50, 100] }: { value: number; choices?: number[] }) {
  const router = useRouter();
  // Typed nullable because pages/ exists (pages/api/uploads/cv.ts); never null under the App Router.
  const pathname = usePathname() ?? "/";
  const searchParams = useSearchParams() ?? new URLSearchParams();
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="whitespace-nowrap text-slate-700 dark:text-slate-300">
        Rows per page
      </label>
      <Select
        id={id}
        className="w-24"
        value={String(value)}
        options={choices.map((n) => ({ value: String(n), label: String(n) }))}
        onChange={(event) => {
          const params = new URLSearchParams(searchParams.toString());
          params.set("pageSize", event.target.value);
          params.delete("page");
          router.push(`${pathname}?${params.toString()}`);
        }}
      />
    </div>
  );
}
