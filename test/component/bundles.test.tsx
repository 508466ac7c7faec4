import { act, screen, waitFor, within } from '@testing-library/react';
import type { BundlePreview } from '../../core/contract/exports';
import type { Message } from '../../core/domain/messages';
import { i18n } from '../../renderer/i18n';
import type { WorkshopSummary } from '../../core/contract/planning';
import { installFakeFacilitator, sampleSettings, type FakeFacilitator } from './fakeFacilitator';
import { renderApp } from './renderApp';
import { summaries, summary, TOKEN, wid } from './workshopFixtures';

let fake: FakeFacilitator;
let list: WorkshopSummary[];
let preview: BundlePreview;

const imported = summary(wid.oldGroup, 'Spring group', 'finished');

function install(initial: WorkshopSummary[]) {
  list = initial;
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: {
      'workshops.list': () => list,
      'bundles.chooseImport': () => preview,
      'bundles.confirmImport': () => {
        list = [...list.filter((entry) => entry.id !== imported.id), imported];
        return { workshopId: imported.id, added: 3, updated: 1, conflictsSettled: 5 };
      },
    },
  });
}

const onMarch9: Message = { code: 'merge-meeting', params: { date: '2027-03-09', time: '16:00' } };

function ready(overrides: Partial<Extract<BundlePreview, { status: 'ready' }>> = {}): BundlePreview {
  return {
    status: 'ready',
    fileName: 'Spring group.facilitator',
    token: TOKEN,
    workshopTitle: 'Spring group',
    isNew: false,
    unchanged: false,
    changes: [
      { id: 'add-1', label: { code: 'change-mark', params: { code: 'JH-26-014', meeting: onMarch9 } }, kind: 'add' },
      { id: 'add-2', label: { code: 'change-mark', params: { code: 'JH-26-015', meeting: onMarch9 } }, kind: 'add' },
      { id: 'add-3', label: { code: 'change-participant', params: { code: 'JH-26-031' } }, kind: 'add' },
      { id: 'upd-1', label: { code: 'change-meeting', params: { date: '2027-03-16' } }, kind: 'update' },
      {
        id: 'mark-003',
        label: { code: 'change-mark', params: { code: 'JH-26-003', meeting: { code: 'merge-meeting', params: { date: '2027-03-02', time: '16:00' } } } },
        kind: 'conflict',
        mine: { code: 'value-mark', params: { status: 'Present', at: '2027-03-03T00:40:00.000Z', timeZone: 'America/Los_Angeles' } },
        theirs: {
          code: 'value-mark-reason',
          params: { status: 'Absent', reason: 'Sick', at: '2027-03-03T00:50:00.000Z', timeZone: 'America/Los_Angeles' },
        },
        newer: 'theirs',
      },
      {
        id: 'title',
        label: { code: 'change-title' },
        kind: 'conflict',
        mine: { code: 'value-text', params: { text: 'Spring group' } },
        theirs: { code: 'value-text', params: { text: 'Spring girls group' } },
        newer: 'mine',
      },
      {
        id: 'exit-014',
        label: { code: 'change-enrolment', params: { code: 'JH-26-014', date: '2027-03-01' } },
        kind: 'conflict',
        mine: { code: 'value-exit', params: { date: '2027-03-08', reason: 'released' } },
        theirs: { code: 'value-exit', params: { date: '2027-03-09', reason: 'transferred' } },
        newer: 'mine',
      },
      {
        id: 'facilitators',
        label: { code: 'change-facilitators' },
        kind: 'conflict',
        mine: { code: 'value-none' },
        theirs: {
          code: 'value-facilitators',
          params: {
            people: [
              { code: 'value-facilitator', params: { name: 'Ana Ruiz', roles: ['lead'] } },
              { code: 'value-facilitator', params: { name: 'Ben Okafor', roles: ['co-facilitator', 'survivor-mentor'] } },
            ],
          },
        },
        newer: 'theirs',
      },
      {
        id: 'plan',
        label: { code: 'change-plan' },
        kind: 'conflict',
        mine: { code: 'value-plan', params: { from: '2027-03-01', weekdays: [1, 3], time: '16:00', minutes: 90, count: 1 } },
        theirs: { code: 'value-plan', params: { from: '2027-03-01', weekdays: [2], time: '16:00', minutes: 90, count: 2 } },
        newer: 'theirs',
      },
    ],
    ...overrides,
  };
}

async function openWorkshops() {
  const rendered = renderApp('/workshops');
  await screen.findByRole('button', { name: 'Import a workshop…' });
  return rendered;
}

const importPanel = () => screen.getByRole('group', { name: 'Import a workshop' });

describe('importing a workshop bundle', () => {
  it('shows what the file would change, settles a conflict as chosen, imports, and links to the workshop', async () => {
    install(summaries.filter((entry) => entry.id !== wid.oldGroup));
    preview = ready();
    const { user } = await openWorkshops();
    await user.click(screen.getByRole('button', { name: 'Import a workshop…' }));

    const panel = importPanel();
    expect(within(panel).getByRole('heading', { name: '“Spring group” from Spring group.facilitator' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Updates an existing workshop on this computer.');
    expect(panel).toHaveTextContent('Changes: 3 additions, 1 update, 5 conflicts to settle.');

    // Each conflict starts on the newer side, both values in words, a mark's time in the workshop's time zone.
    const mark = within(panel).getByRole('group', { name: 'Mark of JH-26-003 at the meeting on March 2, 2027 at 4:00 PM' });
    expect(within(mark).getByRole('radio', { name: /^Take theirs: Absent \(Sick\), marked Mar 2, 2027, 4:50\sPM \(America\/Los_Angeles\)/ })).toBeChecked();
    const plan = within(panel).getByRole('group', { name: 'Schedule pattern' });
    expect(
      within(plan).getByRole('radio', { name: /^Keep mine: From March 1, 2027, Monday and Wednesday at 4:00 PM for 90 minutes, every week/ }),
    ).not.toBeChecked();
    expect(within(plan).getByRole('radio', { name: /^Take theirs: From March 1, 2027, Tuesday at 4:00 PM for 90 minutes, every 2 weeks/ })).toBeChecked();
    const title = within(panel).getByRole('group', { name: 'Title' });
    expect(within(title).getByRole('radio', { name: /Keep mine: Spring group/ })).toBeChecked();

    const exit = within(panel).getByRole('group', { name: 'Enrolment of JH-26-014 from March 1, 2027' });
    expect(within(exit).getByRole('radio', { name: /^Keep mine: Left on March 8, 2027 \(Released\)/ })).toBeChecked();
    expect(within(exit).getByRole('radio', { name: /^Take theirs: Left on March 9, 2027 \(Transferred\)/ })).not.toBeChecked();
    const team = within(panel).getByRole('group', { name: 'Facilitators' });
    expect(within(team).getByRole('radio', { name: /^Keep mine: None/ })).not.toBeChecked();
    expect(within(team).getByRole('radio', { name: /^Take theirs: Ana Ruiz \(Lead\), Ben Okafor \(Co-facilitator and Survivor mentor\)/ })).toBeChecked();
    await user.click(within(mark).getByRole('radio', { name: /^Keep mine: Present, marked Mar 2, 2027, 4:40\sPM/ }));
    await user.click(within(panel).getByRole('button', { name: 'Import' }));

    expect(await within(importPanel()).findByText(/“Spring group” was imported\. 3 additions, 1 update, 5 conflicts settled\./)).toBeInTheDocument();
    expect(fake.callsTo('bundles.confirmImport')).toEqual([
      { token: TOKEN, resolutions: { 'mark-003': 'mine', title: 'mine', 'exit-014': 'mine', facilitators: 'theirs', plan: 'theirs' } },
    ]);
    expect(within(importPanel()).getByRole('link', { name: 'Open Spring group' })).toHaveAttribute('href', `/workshops/${wid.oldGroup}`);
    // The list is loaded again and shows the imported workshop.
    expect(await screen.findByRole('link', { name: 'Spring group' })).toHaveAttribute('href', `/workshops/${wid.oldGroup}`);
    expect(fake.callsTo('workshops.list')).toHaveLength(2);
  });

  it('words the changes and the conflicts in Spanish, dates as Spanish writes them', async () => {
    install(summaries.filter((entry) => entry.id !== wid.oldGroup));
    fake.settings.preferences = { ...fake.settings.preferences, language: 'es' };
    try {
      preview = ready();
      const { user } = await openWorkshops();
      await user.click(screen.getByRole('button', { name: 'Importar un taller…' }));
      const panel = screen.getByRole('group', { name: 'Importar un taller' });
      expect(within(panel).getByRole('group', { name: 'Asistencia de JH-26-003 en la reunión del 2 de marzo de 2027 a las 16:00' })).toBeInTheDocument();
      expect(within(panel).getByRole('group', { name: 'Título' })).toBeInTheDocument();
      // Both values of a conflict, worded in Spanish: the time in the workshop's zone, weekdays and plurals.
      const mark = within(panel).getByRole('group', { name: /^Asistencia de JH-26-003/ });
      expect(within(mark).getByRole('radio', { name: /^Conservar la mía: Present, marcado el 2 mar 2027, 16:40 \(America\/Los_Angeles\)/ })).not.toBeChecked();
      expect(within(mark).getByRole('radio', { name: /^Usar la del archivo: Absent \(Sick\), marcado el 2 mar 2027, 16:50/ })).toBeChecked();
      const exit = within(panel).getByRole('group', { name: 'Inscripción de JH-26-014 desde el 1 de marzo de 2027' });
      expect(within(exit).getByRole('radio', { name: /^Conservar la mía: Salió el 8 de marzo de 2027 \(Salió en libertad\)/ })).toBeChecked();
      const team = within(panel).getByRole('group', { name: 'Facilitadores' });
      expect(within(team).getByRole('radio', { name: /^Conservar la mía: Ninguno/ })).not.toBeChecked();
      expect(
        within(team).getByRole('radio', {
          name: /^Usar la del archivo: Ana Ruiz \(Facilitador\(a\) principal\) y Ben Okafor \(Cofacilitador\(a\) y Mentor\(a\) sobreviviente\)/,
        }),
      ).toBeChecked();
      const plan = within(panel).getByRole('group', { name: 'Patrón del calendario' });
      expect(
        within(plan).getByRole('radio', { name: /^Conservar la mía: Desde el 1 de marzo de 2027, lunes y miércoles a las 16:00, 90 minutos, cada semana/ }),
      ).toBeInTheDocument();
      expect(
        within(plan).getByRole('radio', { name: /^Usar la del archivo: Desde el 1 de marzo de 2027, martes a las 16:00, 90 minutos, cada 2 semanas/ }),
      ).toBeChecked();
      expect(
        within(panel)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        expect.stringMatching(/Asistencia de JH-26-014 en la reunión del 9 de marzo de 2027 a las 16:00$/),
        expect.stringMatching(/Asistencia de JH-26-015 en la reunión del 9 de marzo de 2027 a las 16:00$/),
        expect.stringMatching(/Participante JH-26-031$/),
        expect.stringMatching(/Reunión del 16 de marzo de 2027$/),
      ]);
    } finally {
      await act(async () => {
        await i18n.changeLanguage('en');
      });
    }
  });

  it('says a corrected code is taken, and a corrected code someone else here has is kept, in both languages', async () => {
    install(summaries.filter((entry) => entry.id !== wid.oldGroup));
    preview = ready({
      changes: [
        { id: 'participant-code:1', label: { code: 'change-participant-code', params: { from: 'JH-26-014', to: 'JH-26-041' } }, kind: 'update' },
        { id: 'participant-code:2', label: { code: 'change-participant-code-taken', params: { code: 'JH-26-015', wanted: 'JH-26-051' } }, kind: 'kept' },
      ],
    });
    const { user } = await openWorkshops();
    await user.click(screen.getByRole('button', { name: 'Import a workshop…' }));
    const panel = importPanel();
    expect(panel).toHaveTextContent('Changes: 1 update, 1 change kept as it is here.');
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Updates Participant JH-26-014 is now JH-26-041: the code was corrected on another computer',
      'Kept here Participant JH-26-015 keeps this code here: another computer changed it to JH-26-051, but someone else on this computer already has JH-26-051. Check both on the Participants page.',
    ]);

    await act(async () => {
      await i18n.changeLanguage('es');
    });
    try {
      await waitFor(() => expect(panel).toHaveTextContent('1 actualización, 1 cambio que se queda como está aquí'));
      expect(within(panel).getAllByRole('listitem')[1]).toHaveTextContent(
        'Se queda igual aquí Participante JH-26-015 se queda con su código aquí: en otra computadora lo cambiaron a JH-26-051',
      );
    } finally {
      await act(async () => {
        await i18n.changeLanguage('en');
      });
    }
  });

  it('says when the file brings nothing new, and offers no import', async () => {
    install(summaries);
    preview = ready({ unchanged: true, changes: [] });
    const { user } = await openWorkshops();
    await user.click(screen.getByRole('button', { name: 'Import a workshop…' }));
    expect(importPanel()).toHaveTextContent('Nothing new in this file');
    expect(within(importPanel()).queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    await user.click(within(importPanel()).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('group', { name: 'Import a workshop' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import a workshop…' })).toHaveFocus();
  });

  it('lists the problems of a file that is not a valid bundle', async () => {
    install(summaries);
    preview = {
      status: 'invalid',
      fileName: 'notes.txt',
      problems: [{ code: 'bundle-field', params: { path: 'workshop.meetings[1].date', rule: { path: 'workshop.meetings[1].date', rule: 'not-a-date' } } }],
    };
    const { user } = await openWorkshops();
    await user.click(screen.getByRole('button', { name: 'Import a workshop…' }));
    const alert = within(importPanel()).getByRole('alert');
    expect(alert).toHaveTextContent('notes.txt has 1 problem, so nothing can be imported');
    expect(alert).toHaveTextContent('workshop.meetings[1].date: must be a date written YYYY-MM-DD.');
    expect(fake.callsTo('bundles.confirmImport')).toHaveLength(0);
  });

  it('does nothing when the file dialog is cancelled', async () => {
    install(summaries);
    preview = { status: 'cancelled' };
    const { user } = await openWorkshops();
    await user.click(screen.getByRole('button', { name: 'Import a workshop…' }));
    await waitFor(() => expect(fake.callsTo('bundles.chooseImport')).toHaveLength(1));
    expect(screen.queryByRole('group', { name: 'Import a workshop' })).not.toBeInTheDocument();
  });

  it('keeps the preview and says why when the import fails', async () => {
    install(summaries);
    preview = ready({ isNew: true });
    const { user } = await openWorkshops();
    await user.click(screen.getByRole('button', { name: 'Import a workshop…' }));
    expect(importPanel()).toHaveTextContent('New workshop: it is not on this computer yet.');
    fake.failNext('bundles.confirmImport', { code: 'not-found', reason: { code: 'bundle-import-expired' } });
    await user.click(within(importPanel()).getByRole('button', { name: 'Import' }));
    expect(await within(importPanel()).findByRole('alert')).toHaveTextContent(
      'Nothing was imported. This bundle import is no longer waiting to be confirmed. Please choose the file again.',
    );
    expect(within(importPanel()).getByRole('button', { name: 'Import' })).toBeInTheDocument();
  });

  it('works from an empty list, on a new laptop, and keeps the message once the list appears', async () => {
    install([]);
    preview = ready({
      isNew: true,
      changes: [{ id: 'workshop', label: { code: 'change-workshop', params: { title: 'Spring group', meetings: 5, count: 3 } }, kind: 'add' }],
    });
    const { user } = await openWorkshops();
    await user.click(screen.getByRole('button', { name: 'Import a workshop…' }));
    await user.click(within(importPanel()).getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('link', { name: 'Spring group' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Open Spring group' })).toHaveAttribute('href', `/workshops/${wid.oldGroup}`);
    expect(importPanel()).toHaveTextContent('“Spring group” was imported.');
  });
});
