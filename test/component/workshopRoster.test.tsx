import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ParticipantView, RosterImportPreview, WorkshopView } from '../../core/contract/planning';
import type { Enrolment } from '../../core/domain/workshop';
import { formatShortDate } from '../../renderer/format/dates';
import { i18n } from '../../renderer/i18n';
import { installFakeFacilitator, sampleSettings, type FakeFacilitator } from './fakeFacilitator';
import { registry, renderWorkshopApp, sampleView, summaries, TOKEN, wid } from './workshopFixtures';

let fake: FakeFacilitator;
let view: WorkshopView;
let nextImport: RosterImportPreview;

function setRoster(change: (roster: Enrolment[]) => Enrolment[]): WorkshopView {
  view = { ...view, workshop: { ...view.workshop, roster: change(view.workshop.roster) } };
  return view;
}

const exitStay = (participantId: string, exit: NonNullable<Enrolment['exit']>) =>
  setRoster((roster) => roster.map((enrolment) => (enrolment.participantId === participantId && !enrolment.exit ? { ...enrolment, exit } : enrolment)));

beforeEach(() => {
  view = sampleView();
  nextImport = { status: 'cancelled' };
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: {
      'workshops.get': () => view,
      'workshops.list': () => summaries,
      'participants.list': (): ParticipantView[] => registry.map((participant) => ({ participant, enrolments: [] })),
      'roster.exit': ({ participantId, on, reason }) => exitStay(participantId, { on, reason }),
      'roster.move': ({ participantId, on, toWorkshopId }) => {
        exitStay(participantId, { on, reason: 'moved', toWorkshopId });
        return sampleView({ workshop: { ...view.workshop, id: toWorkshopId, title: 'Thursday group' } });
      },
      'roster.enrol': ({ participantIds, enrolledOn }) => {
        view = { ...setRoster((roster) => [...roster, ...participantIds.map((participantId) => ({ participantId, enrolledOn }))]), participants: registry };
        return view;
      },
      'roster.chooseImport': () => nextImport,
      'roster.confirmImport': () => {
        view = { ...setRoster((roster) => [...roster, { participantId: wid.fran, enrolledOn: '2027-03-17' }]), participants: registry };
        return view;
      },
    },
  });
});

async function openWorkshop() {
  const rendered = renderWorkshopApp(`/workshops/${wid.tuesday}/roster`);
  await screen.findByRole('heading', { level: 1, name: 'Tuesday group' });
  return rendered;
}

const roster = () => screen.getByRole('region', { name: 'Roster' });
const current = () => within(roster()).getAllByRole('list')[0] as HTMLElement;
const past = () => within(roster()).getByRole('heading', { name: 'Past participants' }).parentElement as HTMLElement;
const person = (code: RegExp) => within(roster()).getByRole('listitem', { name: code });

describe('the roster', () => {
  it('shows who is on it by code, initials and pronouns, and who left and why', async () => {
    await openWorkshop();
    expect(roster()).toHaveTextContent('2 participants on the roster now');
    const rows = within(current()).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('p')?.textContent)).toEqual(['JH-26-014 · AB · she/her', 'JH-26-015 · CD']);
    expect(rows[0]).toHaveTextContent(`Enrolled on ${formatShortDate('2027-03-02', true)}`);
    // Full names stay hidden unless Settings allow them.
    expect(screen.queryByText(/Alicia Brown/)).not.toBeInTheDocument();
    // Where someone came from, by title once the workshop list has loaded.
    expect(await within(rows[1] as HTMLElement).findByRole('link', { name: 'Spring group' })).toHaveAttribute('href', `/workshops/${wid.oldGroup}`);

    expect(past()).toHaveTextContent(`JH-26-020${formatShortDate('2027-03-02', true)} – ${formatShortDate('2027-03-12', true)} · Moved to Thursday group`);
    expect(within(past()).getByRole('link', { name: 'Thursday group' })).toHaveAttribute('href', `/workshops/${wid.thursday}`);
    expect(past()).toHaveTextContent(`JH-26-003 · DE${formatShortDate('2027-03-02', true)} – ${formatShortDate('2027-03-10', true)} · Released`);
  });

  it('shows full names when Settings allow them', async () => {
    fake.settings.preferences.allowFullNames = true;
    await openWorkshop();
    expect(within(current()).getAllByRole('listitem')[0]?.querySelector('p')).toHaveTextContent('JH-26-014 · AB · she/her · Alicia Brown');
  });

  it('records an exit on a date with a reason', async () => {
    const { user } = await openWorkshop();
    const row = person(/^JH-26-015/);
    await user.click(within(row).getByRole('button', { name: 'Exit…' }));
    const form = within(row).getByRole('form', { name: 'JH-26-015 (CD) leaves this workshop' });
    expect(within(form).getByLabelText('Last day')).toHaveValue('2027-03-16');
    fireEvent.change(within(form).getByLabelText('Last day'), { target: { value: '2027-03-15' } });
    await user.click(within(form).getByRole('radio', { name: 'Transferred' }));
    await user.click(within(form).getByRole('button', { name: 'Record the exit' }));

    await waitFor(() =>
      expect(fake.callsTo('roster.exit')).toEqual([{ workshopId: wid.tuesday, participantId: wid.carlos, on: '2027-03-15', reason: 'transferred' }]),
    );
    await waitFor(() =>
      expect(past()).toHaveTextContent(`JH-26-015 · CD${formatShortDate('2027-03-05', true)} – ${formatShortDate('2027-03-15', true)} · Transferred`),
    );
    expect(roster()).toHaveTextContent('1 participant on the roster now');
    // The row is gone: focus goes to the roster's heading.
    expect(within(roster()).getByRole('heading', { name: 'Roster' })).toHaveFocus();
  });

  it('moves someone to another active workshop and links to it', async () => {
    const { user } = await openWorkshop();
    const row = person(/^JH-26-014/);
    await user.click(within(row).getByRole('button', { name: 'Move to another workshop…' }));
    const form = await within(row).findByRole('form', { name: 'Move JH-26-014 (AB) to another workshop' });
    const target = within(form).getByLabelText('Move to');
    // Neither this workshop nor an archived one.
    expect(
      within(target)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose a workshop', 'Thursday group', 'Spring group']);
    await user.selectOptions(target, 'Thursday group');
    await user.click(within(form).getByRole('button', { name: 'Move' }));

    const status = await within(roster()).findByText(/moved to/, { selector: '[role="status"]' });
    expect(status).toHaveTextContent('JH-26-014 moved to Thursday group.');
    expect(within(status).getByRole('link', { name: 'Thursday group' })).toHaveAttribute('href', `/workshops/${wid.thursday}`);
    expect(fake.callsTo('roster.move')).toEqual([{ fromWorkshopId: wid.tuesday, toWorkshopId: wid.thursday, participantId: wid.alicia, on: '2027-03-16' }]);
    // This workshop is read again, so the roster shows the move.
    await waitFor(() => expect(roster()).toHaveTextContent('1 participant on the roster now'));
    expect(fake.callsTo('workshops.get')).toHaveLength(2);
    expect(within(roster()).getByRole('heading', { name: 'Roster' })).toHaveFocus();
  });

  it('enrols people from the registry who are not on the roster now', async () => {
    const { user } = await openWorkshop();
    await user.click(within(roster()).getByRole('button', { name: 'Add participants' }));
    const form = await within(roster()).findByRole('form', { name: 'Add participants' });
    const choices = within(form).getByRole('group', { name: 'Participants' });
    // People who left (JH-26-003, JH-26-020) can come back; those on the roster now are not offered.
    expect(
      within(choices)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent),
    ).toEqual(['JH-26-003 (DE)', 'JH-26-020', 'JH-26-031 (FG)']);
    expect(within(form).getByRole('link', { name: 'Add new people on the Participants page' })).toHaveAttribute('href', '/participants');

    await user.click(within(choices).getByRole('checkbox', { name: 'JH-26-031 (FG)' }));
    await user.click(within(choices).getByRole('checkbox', { name: 'JH-26-003 (DE)' }));
    fireEvent.change(within(form).getByLabelText('Enrolled on'), { target: { value: '2027-03-17' } });
    // The test module runs as a closed group: joining late is said, and still allowed.
    expect(within(form).getByRole('status')).toHaveTextContent(/The module runs as a closed group.*they would start at session \d+\. You can still enrol them/);
    await user.click(within(form).getByRole('button', { name: 'Enrol 2 participants' }));

    await waitFor(() =>
      expect(fake.callsTo('roster.enrol')).toEqual([{ workshopId: wid.tuesday, participantIds: [wid.dani, wid.fran], enrolledOn: '2027-03-17' }]),
    );
    await waitFor(() => expect(roster()).toHaveTextContent('4 participants on the roster now'));
    expect(within(current()).getByText('JH-26-031')).toBeInTheDocument();
    expect(within(roster()).getByRole('button', { name: 'Add participants' })).toHaveFocus();
  });

  describe('importing a CSV file', () => {
    const ready = (): RosterImportPreview => ({
      status: 'ready',
      fileName: 'unit-b.csv',
      token: TOKEN,
      workshopId: wid.tuesday,
      enrolledOn: '2027-03-17',
      importable: 2,
      rows: [
        { line: 2, code: 'JH-26-031', initials: 'FG', pronouns: 'they/them', status: 'existing', problems: [] },
        { line: 3, code: 'JH-26-040', initials: 'HI', status: 'new', problems: [] },
        { line: 4, code: 'JH-26-014', status: 'already-enrolled', problems: [] },
        {
          line: 5,
          code: 'Jane Doe',
          status: 'error',
          problems: [{ code: 'roster-cell-invalid', params: { column: 'code', value: 'Jane Doe', rule: { path: '', rule: 'code-characters' } } }],
        },
        { line: 6, code: '', status: 'error', problems: [{ code: 'roster-code-empty' }] },
      ],
    });

    async function choose(user: Awaited<ReturnType<typeof openWorkshop>>['user']) {
      await user.click(within(roster()).getByRole('button', { name: 'Import from CSV…' }));
      const panel = within(roster()).getByRole('group', { name: 'Import participants from a CSV file' });
      expect(panel).toHaveTextContent(
        'The file needs a first row naming its columns: code, initials and pronouns (in English or in Spanish: código, iniciales, pronombres).',
      );
      expect(within(panel).getByLabelText('Enrolled on')).toHaveFocus();
      fireEvent.change(within(panel).getByLabelText('Enrolled on'), { target: { value: '2027-03-17' } });
      await user.click(within(panel).getByRole('button', { name: 'Choose a CSV file…' }));
      return panel;
    }

    it('shows every row before anything changes, and enrols only on confirmation', async () => {
      nextImport = ready();
      const { user } = await openWorkshop();
      const panel = await choose(user);
      expect(fake.callsTo('roster.chooseImport')).toEqual([{ workshopId: wid.tuesday, enrolledOn: '2027-03-17' }]);

      const preview = await within(panel).findByRole('region', { name: 'What unit-b.csv would do' });
      expect(preview).toHaveFocus();
      expect(preview).toHaveTextContent('2 rows can be enrolled; 2 have problems and will be skipped; 1 is already on this roster.');
      expect(preview).toHaveTextContent(`Nothing has changed yet. Confirm to enrol these participants on ${formatShortDate('2027-03-17', true)}.`);
      const rows = within(preview).getAllByRole('row').slice(1);
      expect(rows.map((row) => row.textContent)).toEqual([
        '2JH-26-031FGthey/themAlready in the registry',
        '3JH-26-040HINew',
        '4JH-26-014Already on this roster',
        '5Jane DoeProblemIn the “code” column, “Jane Doe” may hold only letters, digits and dashes.',
        '6ProblemThe code is empty.',
      ]);
      expect(fake.callsTo('roster.confirmImport')).toEqual([]);

      await user.click(within(preview).getByRole('button', { name: 'Enrol 2 participants' }));
      await waitFor(() => expect(fake.callsTo('roster.confirmImport')).toEqual([{ token: TOKEN }]));
      await waitFor(() => expect(within(current()).getByText('JH-26-031')).toBeInTheDocument());
      expect(within(roster()).queryByRole('group', { name: 'Import participants from a CSV file' })).not.toBeInTheDocument();
      expect(within(roster()).getByRole('button', { name: 'Import from CSV…' })).toHaveFocus();
    });

    it('sends nothing when the preview is cancelled', async () => {
      nextImport = ready();
      const { user } = await openWorkshop();
      const panel = await choose(user);
      const preview = await within(panel).findByRole('region', { name: 'What unit-b.csv would do' });
      await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
      expect(within(roster()).queryByRole('group', { name: 'Import participants from a CSV file' })).not.toBeInTheDocument();
      expect(fake.callsTo('roster.confirmImport')).toEqual([]);
      expect(roster()).toHaveTextContent('2 participants on the roster now');
    });

    const unusable = (): RosterImportPreview => ({
      status: 'invalid',
      fileName: 'notes.csv',
      problems: [
        { code: 'roster-no-code-column', params: { line: 1 } },
        { code: 'roster-column-birth-dates', params: { column: 'dob', allowed: ['code', 'initials', 'pronouns'] } },
      ],
    });

    it('lists the problems of a file it cannot use', async () => {
      nextImport = unusable();
      const { user } = await openWorkshop();
      const panel = await choose(user);
      const alert = await within(panel).findByRole('alert');
      expect(within(alert).getByRole('heading', { name: 'notes.csv has 2 problems, so nobody was enrolled' })).toBeInTheDocument();
      expect(
        within(alert)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        'The header (line 1) has no code column. Add a column named “code” with each participant’s program code, for example JH-26-014.',
        'Column “dob” is not a roster column: the app never stores dates of birth. A roster file can have: code, initials, and pronouns. Remove that column and try again.',
      ]);
      expect(within(panel).queryByRole('button', { name: /Enrol/ })).not.toBeInTheDocument();
    });

    it('words the problems in Spanish when Spanish is chosen', async () => {
      fake.settings.preferences = { ...fake.settings.preferences, language: 'es' };
      try {
        nextImport = unusable();
        const { user } = await openWorkshop();
        const spanishRoster = () => screen.getByRole('region', { name: 'Lista del grupo' });
        await user.click(within(spanishRoster()).getByRole('button', { name: 'Importar de CSV…' }));
        const panel = within(spanishRoster()).getByRole('group', { name: 'Importar participantes de un archivo CSV' });
        expect(panel).toHaveTextContent('Puedes nombrar las columnas en inglés o en español');
        fireEvent.change(within(panel).getByLabelText('Fecha de inscripción'), { target: { value: '2027-03-17' } });
        await user.click(within(panel).getByRole('button', { name: 'Elegir un archivo CSV…' }));
        const alert = await within(panel).findByRole('alert');
        expect(
          within(alert)
            .getAllByRole('listitem')
            .map((item) => item.textContent),
        ).toEqual([
          'El encabezado (línea 1) no tiene columna de código. Agrega una columna llamada “código” (o “code”) con el código de programa de cada participante, por ejemplo JH-26-014.',
          '“dob” no es una columna de la lista: la app nunca guarda fechas de nacimiento. Las columnas posibles son code, initials y pronouns (o sus nombres en español). Quita esa columna y vuelve a intentarlo.',
        ]);
      } finally {
        await i18n.changeLanguage('en');
      }
    });

    it('does nothing when no file is chosen', async () => {
      const { user } = await openWorkshop();
      const panel = await choose(user);
      await waitFor(() => expect(fake.callsTo('roster.chooseImport')).toHaveLength(1));
      await waitFor(() => expect(within(panel).getByRole('button', { name: 'Choose a CSV file…' })).not.toHaveAttribute('aria-disabled'));
      expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
      expect(within(panel).queryByRole('region')).not.toBeInTheDocument();
    });

    it('names the name column when full names are allowed', async () => {
      fake.settings.preferences.allowFullNames = true;
      const { user } = await openWorkshop();
      await user.click(within(roster()).getByRole('button', { name: 'Import from CSV…' }));
      expect(within(roster()).getByRole('group', { name: 'Import participants from a CSV file' })).toHaveTextContent('code, initials, pronouns and name');
    });
  });
});
