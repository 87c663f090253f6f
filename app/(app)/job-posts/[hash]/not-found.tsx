import { RecordNotFound } from "@/components/shell/record-not-found";

export default function JobPostNotFound() {
  return (
    <RecordNotFound title="Job post not found" back={{ href: "/job-posts", label: "All job posts" }}>
      Recruspace has no job post with this link for your company. It may have been deleted.
    </RecordNotFound>
  );
}
