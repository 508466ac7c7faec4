import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RadioGroup } from '../../../renderer/components/RadioGroup';
import '../../../renderer/i18n';

type Paper = 'letter' | 'a4' | 'legal';

function PaperChoice({ error, onSaved }: { error?: string; onSaved: (paper: Paper) => void }) {
  const [paper, setPaper] = useState<Paper | ''>('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (paper) onSaved(paper);
      }}
    >
      <RadioGroup<Paper>
        id="paper"
        legend="Paper size"
        hint="The printer's paper."
        error={error}
        value={paper}
        options={[
          { value: 'letter', label: 'Letter' },
          { value: 'a4', label: 'A4' },
          { value: 'legal', label: 'Legal' },
        ]}
        onChange={setPaper}
        note={paper ? `Pages are laid out for ${paper}.` : undefined}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe('RadioGroup', () => {
  it('is a group named by its legend, chosen with the arrow keys, and saves the choice made', async () => {
    const saved: Paper[] = [];
    const user = userEvent.setup();
    render(<PaperChoice onSaved={(paper) => saved.push(paper)} />);

    const group = screen.getByRole('group', { name: 'Paper size' });
    expect(group).toHaveAccessibleDescription("The printer's paper.");
    await user.click(screen.getByRole('radio', { name: 'Letter' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'A4' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'A4' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Letter' })).not.toBeChecked();
    expect(group).toHaveAccessibleDescription(/Pages are laid out for a4\./);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(saved).toEqual(['a4']);
  });

  it('marks the group and its choices invalid and reads the error with the group', () => {
    render(<PaperChoice error="Choose a paper size." onSaved={() => {}} />);
    const group = screen.getByRole('group', { name: 'Paper size' });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription(/Choose a paper size\./);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveAttribute('aria-invalid', 'true');
  });

  it('describes a choice by its own hint, and boxes the chosen one when asked to', async () => {
    function ProtectionChoice() {
      const [choice, setChoice] = useState<'protect' | 'plain'>('protect');
      return (
        <RadioGroup
          id="choice"
          legend="How to keep the data"
          value={choice}
          options={[
            { value: 'protect', label: 'With a passphrase', hint: 'Nobody can read the records without it.' },
            { value: 'plain', label: 'Without one', hint: 'Anyone who has the laptop can read them.' },
          ]}
          onChange={setChoice}
          classNames={{ option: 'box' }}
        />
      );
    }
    const user = userEvent.setup();
    render(<ProtectionChoice />);
    const plain = screen.getByRole('radio', { name: 'Without one' });
    expect(plain).toHaveAccessibleDescription('Anyone who has the laptop can read them.');
    expect(screen.getByRole('radio', { name: 'With a passphrase' }).closest('.box')).toHaveClass('box--chosen');
    await user.click(plain);
    expect(plain.closest('.box')).toHaveClass('box--chosen');
    expect(screen.getByRole('radio', { name: 'With a passphrase' }).closest('.box')).not.toHaveClass('box--chosen');
  });
});
