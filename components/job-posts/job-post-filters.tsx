"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useRef } from "react";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { JOB_POST_STATUSES } from "@/lib/job-posts/list-query";
import { humanize } from "@/components/ui/format";

const STATUS_OPTIONS = [{ value: "", label: "All statuses" }, ...JOB_POST_STATUSES.map((s) => ({ value: s, label: humanize(s) }))];

/** Search and status filter; both live in the URL and send the user back to page 1. */
export function JobPostFilters({ status, search }: { status?: string; search?: string }) {
  const router = useRouter();
  // Typed nullable because pages/ exists (pages/api/uploads/cv.ts); never null under the App Router.
  const pathname = usePathname() ?? "/";
  const searchParams = useSearchParams() ?? new URLSearchParams();
  const searchRef = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const searchId = useId();

  function go(changes: Record<string, string>) {
    const params = new URLSearchParams(searchParams.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value) params.set(key, value);
      else params.delete(key);
    }
    params.delete("page");
    const query = params.toString();
    router.push(query ? `${pathname}?${query}` : pathname);
  }

  return (
    <form
      action={pathname}
      method="get"
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        go({ search: searchRef.current?.value.trim() ?? "" });
      }}
    >
      <div className="flex-1 space-y-1.5">
        <label htmlFor={searchId} className="block text-sm font-medium">
          Search titles
        </label>
        <div className="flex gap-2">
          <Input ref={searchRef} id={searchId} name="search" type="search" defaultValue={search ?? ""} key={search ?? ""} placeholder="e.g. engineer" />
          <Button type="submit" variant="secondary">
            <Search aria-hidden="true" className="size-4" /> Search
          </Button>
        </div>
      </div>
      <div className="space-y-1.5 sm:w-48">
        <label htmlFor={statusId} className="block text-sm font-medium">
          Status
        </label>
        <Select id={statusId} name="status" value={status ?? ""} options={STATUS_OPTIONS} onChange={(event) => go({ status: event.target.value })} />
      </div>
    </form>
  );
}
