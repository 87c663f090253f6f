/**
 * The required-field marker of every form; the control itself says required (or aria-required).
 * A file of its own, free of `cn` (tailwind-merge), because /quick-add uses it within its JavaScript budget.
 */
export function RequiredMark() {
  return (
    <span aria-hidden="true" className="text-red-700 dark:text-red-400">
      {" "}
      *
    </span>
  );
}
