"use client";

import { useState } from "react";
import { FolderPlus, Send } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { AddToDestination, type AddExisting } from "./add-to-destination";
import { ApplyToPost } from "./apply-to-post";
import { CopyEmailButton } from "./copy-email-button";
import { useDestinationOptions, type ListDestinations } from "./use-destination-options";

export type CandidateToolbarActions = { addExisting: AddExisting; listDestinations: ListDestinations };

type Panel = "add" | "apply" | null;

/** What a recruiter does from the profile: add to another post or pool, apply to a post, copy the email. */
export function CandidateToolbar({ candidateId, email, actions }: { candidateId: number; email: string; actions: CandidateToolbarActions }) {
  const [open, setOpen] = useState<Panel>(null);
  const destinations = useDestinationOptions(actions.listDestinations);
  const toggle = (panel: Exclude<Panel, null>) => {
    setOpen((current) => (current === panel ? null : panel));
    if (destinations.state.phase !== "ready") void destinations.load();
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" size="sm" aria-expanded={open === "add"} onClick={() => toggle("add")}>
          <FolderPlus aria-hidden="true" className="size-4" />
          Add to a job post or pool
        </Button>
        <Button type="button" size="sm" variant="secondary" aria-expanded={open === "apply"} onClick={() => toggle("apply")}>
          <Send aria-hidden="true" className="size-4" />
          Apply to a job post
        </Button>
        <CopyEmailButton email={email} />
      </div>
      {open === "add" ? (
        <Card id="candidate-add-panel">
          <AddToDestination candidateId={candidateId} email={email} destinations={destinations} addExisting={actions.addExisting} />
        </Card>
      ) : null}
      {open === "apply" ? (
        <Card id="candidate-apply-panel">
          <ApplyToPost candidateId={candidateId} destinations={destinations} />
        </Card>
      ) : null}
    </div>
  );
}
