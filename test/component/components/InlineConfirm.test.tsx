import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ActionForm } from '../../../renderer/components/ActionForm';
import { InlineConfirm } from '../../../renderer/components/InlineConfirm';
import { TextField } from '../../../renderer/components/TextField';
import { useActionForm } from '../../../renderer/components/useActionForm';
import { ApiError } from '../../../renderer/api';
import '../../../renderer/i18n';
import { DISK_FULL, DISK_FULL_TEXT } from '../fakeFacilitator';

function RemovableSite({ onRemove }: { onRemove: () => void }) {
  const [asking, setAsking] = useState(false);
  return asking ? (
    <InlineConfirm
      id="remove-question"
      question="Remove Room 4?"
      confirm={{ label: 'Remove', onConfirm: onRemove }}
      cancelLabel="Keep"
      onCancel={() => setAsking(false)}
      focusCancel
    />
  ) : (
    <button type="button" onClick={() => setAsking(true)}>
      Remove Room 4…
    </button>
  );
}

describe('InlineConfirm', () => {
  it('asks before removing, with the safe answer focused; Keep takes the question away and removes nothing', async () => {
    let removed = 0;
    const user = userEvent.setup();
    render(<RemovableSite onRemove={() => (removed += 1)} />);

    await user.click(screen.getByRole('button', { name: 'Remove Room 4…' }));
    expect(screen.getByRole('group', { name: 'Remove Room 4?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(screen.queryByRole('group', { name: 'Remove Room 4?' })).not.toBeInTheDocument();
    expect(removed).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Remove Room 4…' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Remove Room 4?' })).not.toBeInTheDocument();
    expect(removed).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Remove Room 4…' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(removed).toBe(1);
  });

  it('while the step runs, the button says it is unavailable and a second press does nothing', async () => {
    let presses = 0;
    const user = userEvent.setup();
    render(
      <InlineConfirm id="q" question="Restore this backup?" confirm={{ label: 'Restore', onConfirm: () => (presses += 1), busy: true }} onCancel={() => {}} />,
    );
    const restore = screen.getByRole('button', { name: 'Restore' });
    expect(restore).toHaveAttribute('aria-disabled', 'true');
    await user.click(restore);
    expect(presses).toBe(0);
  });
});

function RenameForm({ onClose, fail }: { onClose: () => void; fail: ApiError | null }) {
  const [name, setName] = useState('');
  const form = useActionForm({ name: 'Name' });
  return (
    <ActionForm
      id="rename"
      heading="Rename the workshop"
      submitLabel="Rename"
      form={form}
      onClose={onClose}
      onSubmit={() => {
        if (!name) return form.invalid('name', 'is required');
        void form.submit(async () => (fail ? { ok: false as const, error: fail } : { ok: true as const, value: name }), onClose);
      }}
    >
      <TextField id="rename-name" label="Name" value={name} onChange={setName} error={form.errorFor('name')} />
    </ActionForm>
  );
}

describe('ActionForm', () => {
  it('starts in its first field, refuses a mistake next to the field, and says what failed elsewhere', async () => {
    let closed = 0;
    const user = userEvent.setup();
    const { rerender } = render(<RenameForm onClose={() => (closed += 1)} fail={null} />);
    const name = screen.getByLabelText('Name');
    expect(name).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(name).toHaveAccessibleDescription('Name is required.');
    expect(name).toHaveFocus();
    expect(closed).toBe(0);

    rerender(<RenameForm onClose={() => (closed += 1)} fail={new ApiError(DISK_FULL)} />);
    await user.type(name, 'Spring group');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const message = await screen.findByRole('alert');
    expect(message).toHaveTextContent(`${DISK_FULL_TEXT}`);
    expect(message).toHaveFocus();
    expect(name).toHaveValue('Spring group');
    expect(closed).toBe(0);

    await user.keyboard('{Escape}');
    expect(closed).toBe(1);
  });
});
