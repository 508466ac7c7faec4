import type { PlanDraft } from './planDraft';

/** A half-filled "Plan a workshop": what was entered and how far the user got. */
export interface KeptDraft {
  draft: PlanDraft;
  step: number;
  reached: number;
}

/**
 * The plan in progress, kept in memory only (never on disk or in web storage: it can name young
 * people), so leaving the planning screen loses nothing until the app is closed or the plan is made.
 */
let kept: KeptDraft | null = null;

export function keptDraft(): KeptDraft | null {
  return kept;
}

export function keepDraft(next: KeptDraft): void {
  kept = structuredClone(next);
}

export function discardDraft(): void {
  kept = null;
}
