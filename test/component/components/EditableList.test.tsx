import { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EditableList } from '../../../renderer/components/EditableList';
import type { ItemFieldsProps } from '../../../renderer/components/ItemForm';
import { TextField } from '../../../renderer/components/TextField';
import type { Outcome } from '../../../renderer/data/useSaveStatus';
import '../../../renderer/i18n';

interface Room {
  id: string;
  name: string;
}
type RoomValues = Omit<Room, 'id'>;

const roomSchema = z.object({ name: z.string().trim().min(1, { message: 'is required' }).max(20, { message: 'must be at most 20 characters' }) });
const ok: Outcome<unknown> = { ok: true, value: null };

function RoomFields({ idPrefix, values, onChange, errorFor, firstFieldRef }: ItemFieldsProps<RoomValues>) {
  return (
    <TextField
      id={`${idPrefix}-name`}
      label="Room name"
      value={values.name}
      onChange={(name) => onChange({ name })}
      error={errorFor('name')}
      inputRef={firstFieldRef}
    />
  );
}

function Rooms({ initial = [], ordered = false, saves }: { initial?: Room[]; ordered?: boolean; saves: RoomValues[] }) {
  const [rooms, setRooms] = useState<Room[]>(initial);
  return (
    <section aria-labelledby="rooms-heading">
      <h2 id="rooms-heading">Rooms</h2>
      <EditableList<Room, RoomValues>
        id="rooms"
        texts={{
          empty: 'No rooms yet.',
          addHeading: 'Add a room',
          add: 'Add room',
          editNamed: (name) => `Edit ${name}`,
          editHeading: (name) => `Edit ${name}`,
          removeNamed: (name) => `Remove ${name}`,
          confirmRemove: (name) => `Remove ${name}?`,
        }}
        items={rooms}
        nameOf={(room) => room.name}
        summary={(room) => <p>{room.name}</p>}
        blank={{ name: '' }}
        valuesOf={({ name }) => ({ name })}
        Fields={RoomFields}
        checks={{ subjects: { name: 'Room name' }, schema: roomSchema }}
        save={async (values, id) => {
          saves.push(values);
          setRooms((current) =>
            id === undefined ? [...current, { id: `r${current.length + 1}`, ...values }] : current.map((room) => (room.id === id ? { id, ...values } : room)),
          );
          return ok;
        }}
        remove={async (id) => {
          setRooms((current) => current.filter((room) => room.id !== id));
          return ok;
        }}
        {...(ordered
          ? {
              reorder: {
                move: async (id: string, by: -1 | 1) => {
                  setRooms((current) => {
                    const from = current.findIndex((room) => room.id === id);
                    const next = [...current];
                    [next[from], next[from + by]] = [next[from + by]!, next[from]!];
                    return next;
                  });
                  return ok;
                },
                labelledBy: 'rooms-heading',
                texts: {
                  up: 'Up',
                  down: 'Down',
                  moveUpNamed: (name: string) => `Move ${name} up`,
                  moveDownNamed: (name: string) => `Move ${name} down`,
                  moved: (name: string, position: number, count: number) => `${name} is now ${position} of ${count}.`,
                },
              },
            }
          : {})}
        headingLevel={3}
        onRemoved={() => {}}
      />
    </section>
  );
}

describe('EditableList', () => {
  it('shows the empty state, then adds, edits and removes an item', async () => {
    const saves: RoomValues[] = [];
    const user = userEvent.setup();
    render(<Rooms saves={saves} />);
    expect(screen.getByText('No rooms yet.')).toBeInTheDocument();

    const add = screen.getByRole('form', { name: 'Add a room' });
    await user.type(within(add).getByLabelText('Room name'), 'Library');
    await user.click(within(add).getByRole('button', { name: 'Add room' }));
    expect(await screen.findByText('Library')).toBeInTheDocument();
    expect(screen.queryByText('No rooms yet.')).not.toBeInTheDocument();
    expect(within(add).getByLabelText('Room name')).toHaveValue('');
    expect(within(add).getByLabelText('Room name')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Edit Library' }));
    const edit = screen.getByRole('form', { name: 'Edit Library' });
    expect(within(edit).getByLabelText('Room name')).toHaveFocus();
    await user.clear(within(edit).getByLabelText('Room name'));
    await user.type(within(edit).getByLabelText('Room name'), 'Art room');
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Art room')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit Art room' })).toHaveFocus();
    expect(saves).toEqual([{ name: 'Library' }, { name: 'Art room' }]);

    await user.click(screen.getByRole('button', { name: 'Remove Art room' }));
    expect(screen.getByRole('group', { name: 'Remove Art room?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Art room')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Art room' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove Art room' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(screen.queryByText('Art room')).not.toBeInTheDocument());
    expect(screen.getByText('No rooms yet.')).toBeInTheDocument();
  });

  it('shows the schema’s message next to the field, focused, keeps what was typed and sends nothing', async () => {
    const saves: RoomValues[] = [];
    const user = userEvent.setup();
    render(<Rooms saves={saves} />);
    const add = screen.getByRole('form', { name: 'Add a room' });
    const name = within(add).getByLabelText('Room name');
    await user.type(name, 'The very long room at the end');
    await user.click(within(add).getByRole('button', { name: 'Add room' }));

    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Room name must be at most 20 characters.');
    expect(name).toHaveFocus();
    expect(name).toHaveValue('The very long room at the end');
    expect(saves).toEqual([]);

    // Once fixed, the message goes as it is typed.
    await user.clear(name);
    await user.type(name, 'Gym');
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('moves items up and down in an ordered list, saying where the item is now', async () => {
    const user = userEvent.setup();
    render(
      <Rooms
        ordered
        saves={[]}
        initial={[
          { id: 'a', name: 'Gym' },
          { id: 'b', name: 'Library' },
        ]}
      />,
    );
    const list = screen.getByRole('list', { name: 'Rooms' });
    expect(screen.getByRole('button', { name: 'Move Gym up' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Move Gym down' }));
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((item) => item.querySelector('p')?.textContent),
      ).toEqual(['Library', 'Gym']),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Gym is now 2 of 2.');
    expect(screen.getByRole('button', { name: 'Move Gym down' })).toHaveFocus();
  });
});
