import { CandidateSkeleton } from "@/components/candidate-detail/candidate-skeleton";

export default function Loading() {
  return <CandidateSkeleton />;
}
