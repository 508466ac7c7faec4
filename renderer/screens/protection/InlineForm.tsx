import { ActionForm, type ActionFormProps } from '../../components/ActionForm';

interface InlineFormProps extends Omit<ActionFormProps, 'className' | 'headingClassName' | 'progress' | 'level'> {
  /** Said while the call runs: these calls take a moment. */
  busyText: string;
}

/** An action form of Settings › Protection, in its look, saying "Working…" while the slow call runs. */
export function InlineForm({ busyText, ...props }: InlineFormProps) {
  return (
    <ActionForm
      {...props}
      className={props.danger ? 'protection-inline-form protection-inline-form--danger' : 'protection-inline-form'}
      progress={
        <p role="status" className="protection-progress">
          {props.form.busy ? busyText : ''}
        </p>
      }
    />
  );
}
