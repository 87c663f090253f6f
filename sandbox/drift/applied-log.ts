import type { DriftChange, Perturbation } from "./types";

/** The distinct perturbations (by path + change), in the order they were first applied. */
export class AppliedLog {
  private readonly entries = new Map<string, Perturbation>();

  add(path: string, change: DriftChange): void {
    const key = `${change} ${path}`;
    if (!this.entries.has(key)) this.entries.set(key, { path, change });
  }

  addAll(perturbations: readonly Perturbation[]): void {
    for (const p of perturbations) this.add(p.path, p.change);
  }

  list(): Perturbation[] {
    return [...this.entries.values()];
  }
}
