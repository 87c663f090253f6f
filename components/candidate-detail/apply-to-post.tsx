"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { DestinationPicker } from "@/components/candidates/destination-picker";
import type { useDestinationOptions } from "./use-destination-options";

/** The apply form's address for a post, pre-filled with this candidate's details and CV. */
export function applyHref(hash: string, candidateId: number): string {
  return `/job-posts/${encodeURIComponent(hash)}/apply?candidate=${candidateId}`;
}

/** Chooses a job post, then opens its apply form (the post's questions) pre-filled with this candidate. */
export function ApplyToPost({ candidateId, destinations }: { candidateId: number; destinations: ReturnType<typeof useDestinationOptions> }) {
  const pickerId = useId();
  const router = useRouter();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const { state } = destinations;
  if (state.phase === "idle" || state.phase === "loading") return <p className="text-sm text-slate-600 dark:text-slate-400">Loading job posts…</p>;
  if (state.phase === "failed") return <FormError message={`The job posts could not be loaded: ${state.message}`} />;
  const posts = state.options.filter((option) => option.kind === "job_post");

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const hash = value.startsWith("job_post:") ? value.slice("job_post:".length) : "";
    if (!hash) return setError("Choose a job post first.");
    router.push(applyHref(hash, candidateId));
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Apply to a job post">
      <label htmlFor={pickerId} className="block text-sm font-medium">
        Job post
      </label>
      <DestinationPicker
        id={pickerId}
        value={value}
        onChange={(next) => {
          setValue(next);
          setError(null);
        }}
        options={posts}
        truncated={state.truncated}
        search={async (term) => (await destinations.search(term))?.filter((option) => option.kind === "job_post") ?? null}
      />
      <p className="text-xs text-slate-600 dark:text-slate-400">The post&apos;s apply form opens with their name, email and CV filled in; answer its questions there.</p>
      <FormError message={error} />
      <Button type="submit">Open the apply form</Button>
    </form>
  );
}
