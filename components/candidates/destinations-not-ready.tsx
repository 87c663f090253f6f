import { FormError } from "@/components/ui/field";
import type { DestinationsState } from "@/components/candidate-detail/use-destination-options";

/** Said when a form that needs a destination is sent without one. */
export const CHOOSE_DESTINATION_FIRST = "Choose a job post or talent pool first.";

/** Where a destination picker goes while its job posts and pools are still loading, or could not be. */
export function DestinationsNotReady({ state }: { state: Exclude<DestinationsState, { phase: "ready" }> }) {
  if (state.phase === "failed") return <FormError message={`The job posts and talent pools could not be loaded: ${state.message}`} />;
  return <p className="text-sm text-slate-600 dark:text-slate-400">Loading job posts and talent pools…</p>;
}
