import type { CurriculumModule } from '../../../../core/domain/curriculum/schema';
import type { Settings } from '../../../../core/domain/settings';
import type { FieldKey, PlanDraft } from '../planDraft';

/** What every step of "Plan a workshop" receives. */
export interface StepProps {
  draft: PlanDraft;
  setDraft: (update: (draft: PlanDraft) => PlanDraft) => void;
  /** The message to show next to a field, if any. */
  errorFor: (field: FieldKey) => string | undefined;
  /** The chosen module, once loaded. */
  module: CurriculumModule | undefined;
  settings: Settings;
}
