import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { participantInputSchema } from '../../../core/domain/participants';
import type { ApiError } from '../../../renderer/api';
import { TextField } from '../../../renderer/components/TextField';
import { useZodForm } from '../../../renderer/components/useZodForm';
import '../../../renderer/i18n';

interface Values {
  code: string;
  initials: string;
  pronouns: string;
}

function Participant({ sent, refusals }: { sent: unknown[]; refusals: ApiError[] }) {
  const form = useZodForm<Values>({
    initial: { code: 'JH-26-014', initials: '', pronouns: '' },
    subjects: { code: 'Program code', initials: 'Initials', pronouns: 'Pronouns' },
    schema: participantInputSchema,
    toInput: (values) => ({
      code: values.code,
      ...(values.initials ? { initials: values.initials } : {}),
      ...(values.pronouns ? { pronouns: values.pronouns } : {}),
    }),
    onRefused: (error) => refusals.push(error),
  });
  return (
    <form
      ref={form.formRef}
      aria-label="Participant"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(
          async (values) => {
            sent.push(values);
            return { ok: true, value: values };
          },
          () => {},
        );
      }}
    >
      <TextField id="code" label="Program code" value={form.values.code} onChange={(code) => form.set('code', code)} error={form.errorFor('code')} />
      <TextField
        id="initials"
        label="Initials"
        value={form.values.initials}
        onChange={(value) => form.set('initials', value)}
        error={form.errorFor('initials')}
      />
      <TextField
        id="pronouns"
        label="Pronouns"
        value={form.values.pronouns}
        onChange={(value) => form.set('pronouns', value)}
        error={form.errorFor('pronouns')}
      />
      <p>{form.touched.size > 0 ? `Changed: ${[...form.touched].join(', ')}` : 'Unchanged'}</p>
      <button type="submit">Save</button>
    </form>
  );
}

describe('useZodForm', () => {
  it('shows each message from the domain schema next to its own field and focuses the first field at fault', async () => {
    const sent: unknown[] = [];
    const refusals: ApiError[] = [];
    const user = userEvent.setup();
    render(<Participant sent={sent} refusals={refusals} />);
    expect(screen.getByText('Unchanged')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Initials'), 'ABCDE');
    await user.type(screen.getByLabelText('Pronouns'), 'x'.repeat(41));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByLabelText('Program code')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Initials')).toHaveAccessibleDescription('Initials must be at most 4 characters.');
    expect(screen.getByLabelText('Pronouns')).toHaveAccessibleDescription('Pronouns must be at most 40 characters.');
    expect(screen.getByLabelText('Initials')).toHaveFocus();
    expect(screen.getByText('Changed: initials, pronouns')).toBeInTheDocument();
    expect(sent).toEqual([]);
    expect(refusals).toHaveLength(1);

    // Fixing one field takes its message away and leaves the other's.
    await user.clear(screen.getByLabelText('Initials'));
    await user.type(screen.getByLabelText('Initials'), 'AB');
    expect(screen.getByLabelText('Initials')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Pronouns')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText('Pronouns'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([{ code: 'JH-26-014', initials: 'AB', pronouns: '' }]);
  });
});
