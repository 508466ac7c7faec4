import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SecretField } from '../../../renderer/components/SecretField';

function Passphrase({ error, kind }: { error?: string; kind?: 'password' | 'recovery-key' }) {
  const [value, setValue] = useState('');
  return <SecretField id="secret" label="Passphrase" hint="At least 12 characters." value={value} onChange={setValue} error={error} kind={kind} />;
}

describe('SecretField', () => {
  it('never shows a passphrase as it is typed, and keeps it away from autofill and the spell checker', async () => {
    const user = userEvent.setup();
    render(<Passphrase />);
    const field = screen.getByLabelText('Passphrase');
    await user.type(field, 'correct horse battery');
    expect(field).toHaveValue('correct horse battery');
    expect(field).toHaveAttribute('type', 'password');
    expect(screen.queryByText('correct horse battery')).not.toBeInTheDocument();
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field).toHaveAttribute('spellcheck', 'false');
  });

  it('shows a recovery key, copied from paper, in the clear', () => {
    render(<Passphrase kind="recovery-key" />);
    expect(screen.getByLabelText('Passphrase')).toHaveAttribute('type', 'text');
  });

  it('reports its error on the field for screen readers, with its hint', () => {
    render(<Passphrase error="That passphrase does not unlock the data." />);
    const field = screen.getByLabelText('Passphrase');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('At least 12 characters. That passphrase does not unlock the data.');
  });
});
