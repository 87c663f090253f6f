import { RecordNotFound } from "@/components/shell/record-not-found";

export default function CandidateNotFound() {
  return (
    <RecordNotFound title="Candidate not found" back={{ href: "/talent-pools", label: "All talent pools" }}>
      Recruspace has no candidate with this number for your company. It may have been deleted.
    </RecordNotFound>
  );
}
