import { act, screen, waitFor, within } from '@testing-library/react';
import { i18n } from '../../renderer/i18n';
import { summarise } from '../../core/domain/curriculum/library';
import { installFakeFacilitator, sampleSettings, type FakeFacilitator } from './fakeFacilitator';
import { renderApp } from './renderApp';
import { custodyModule, sampleModule } from '../support/sampleModules';

let fake: FakeFacilitator;

beforeEach(() => {
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    library: [
      { module: sampleModule(), origin: 'shipped' },
      { module: custodyModule(), origin: 'shipped' },
    ],
  });
});

const cards = () => within(screen.getByRole('main')).queryAllByRole('article');

describe('the curriculum library', () => {
  it('lists each module with its audience, settings and typical length', async () => {
    renderApp('/curricula');
    expect(await screen.findByText('2 modules')).toBeInTheDocument();
    const custody = screen.getByRole('article', { name: 'Custody Series (test module)' });
    expect(within(custody).getByText('Ages 12–18 · Girls')).toBeInTheDocument();
    expect(within(custody).getByText('Detention')).toBeInTheDocument();
    expect(within(custody).getByText('10 sessions of 60 min, 2 a week')).toBeInTheDocument();
    const basics = screen.getByRole('article', { name: 'Friendship Basics (test module)' });
    expect(within(basics).getByText('2 sessions of 45 min, once a week')).toBeInTheDocument();
    expect(within(basics).getByText('Structure inferred')).toBeInTheDocument();
  });

  it('filters by audience, age and setting, and says how many match', async () => {
    const { user } = renderApp('/curricula');
    await screen.findByText('2 modules');

    // A module for all genders serves girls too.
    await user.selectOptions(screen.getByLabelText('Who it is for'), 'Girls');
    expect(cards()).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('Age'), '12');
    expect(cards().map((card) => card.getAttribute('aria-labelledby'))).toEqual(['module-custody-series']);
    expect(screen.getByText('1 of 2 modules matches')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByLabelText('Setting'), 'School');
    expect(cards()).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Who it is for'), 'Boys');
    expect(cards()).toHaveLength(1); // all genders
    await user.selectOptions(screen.getByLabelText('Setting'), 'Detention');
    expect(cards()).toHaveLength(0);
    expect(screen.getByText(/No module matches these filters/)).toBeInTheDocument();
  });

  it('shows every problem of a broken file with its line, and adds nothing', async () => {
    fake.nextImport = {
      preview: {
        status: 'invalid',
        fileName: 'my-module.yaml',
        problems: [
          { line: 4, column: 10, path: 'version', rule: 'wrong-type' },
          { line: 50, column: 7, path: 'sessions[0].activities[2].minutes', rule: 'too-small', params: { minimum: 1 } },
          { line: 60, column: 3, path: 'sessions[1].id', message: { code: 'translation-extra-session', params: { id: 'extra', original: 'basics@1' } } },
        ],
      },
    };
    const { user } = renderApp('/curricula');
    await screen.findByText('2 modules');
    await user.click(screen.getByRole('button', { name: 'Import a module…' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'my-module.yaml has 3 problems, so nothing was imported' })).toBeInTheDocument();
    const items = within(alert).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Line 4, column 10versionis missing or of the wrong kind');
    expect(items[1]).toHaveTextContent('Line 50, column 7Session 1 › activity 3 › minutesmust be at least 1');
    expect(items[2]).toHaveTextContent('“extra” is not a session of basics@1; a translation keeps the original’s ids.');
    expect(alert).toHaveFocus();

    // The same problems, worded in Spanish when the facilitator switches language.
    await act(async () => {
      await i18n.changeLanguage('es');
    });
    await waitFor(() => expect(within(screen.getByRole('alert')).getAllByRole('listitem')[1]).toHaveTextContent('debe ser 1 o más'));
    const spanishItems = within(screen.getByRole('alert')).getAllByRole('listitem');
    expect(spanishItems[2]).toHaveTextContent('“extra” no es una sesión de basics@1; una traducción conserva los id del original.');
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(fake.callsTo('curricula.confirmImport')).toEqual([]);
    expect(cards()).toHaveLength(2);
  });

  it('adds a good module only after the user confirms, and lists it', async () => {
    const imported = sampleModule({ id: 'imported-module', title: 'Imported Module', version: 3 });
    fake.nextImport = {
      preview: {
        status: 'new',
        fileName: 'imported.yaml',
        token: '2b1e2f1a-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
        module: summarise({ module: imported, origin: 'imported' }),
        notices: [
          { line: 24, column: 3, path: 'delivery.closedGroup', message: { code: 'module-closed-group-read', params: { closed: 'true', rule: 'closed' } } },
        ],
      },
      module: imported,
    };
    const { user } = renderApp('/curricula');
    await screen.findByText('2 modules');
    await user.click(screen.getByRole('button', { name: 'Import a module…' }));
    const preview = await screen.findByRole('region', { name: 'Add “Imported Module” to your library?' });
    expect(cards()).toHaveLength(2);
    const notices = within(preview).getByRole('region', { name: 'Written in an older module format' });
    expect(within(notices).getByRole('listitem')).toHaveTextContent('Line 24, column 3delivery › closedGroupclosedGroup: true was read as joining: closed.');

    await user.click(within(preview).getByRole('button', { name: 'Add to library' }));
    expect(await screen.findByText('“Imported Module” (version 3) is now in your library.')).toBeInTheDocument();
    expect(fake.callsTo('curricula.confirmImport')).toEqual([{ token: '2b1e2f1a-3c4d-4e5f-8a9b-0c1d2e3f4a5b' }]);
    expect(screen.getByRole('article', { name: 'Imported Module' })).toHaveTextContent('Imported · version 3');
  });

  it('explains an upgrade, and a refused file', async () => {
    const module = summarise({ module: sampleModule({ version: 2 }), origin: 'imported' });
    fake.nextImport = {
      preview: {
        status: 'upgrade',
        fileName: 'v2.yaml',
        token: '2b1e2f1a-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
        module,
        notices: [],
        fromVersion: 1,
        fromOrigin: 'shipped',
      },
    };
    const { user } = renderApp('/curricula');
    await screen.findByText('2 modules');
    await user.click(screen.getByRole('button', { name: 'Import a module…' }));
    const upgrade = await screen.findByRole('region', { name: 'Update “Friendship Basics (test module)” from version 1 to version 2?' });
    expect(upgrade).toHaveTextContent('Workshops already planned keep the version they were planned from.');
    expect(within(upgrade).queryByRole('region', { name: 'Written in an older module format' })).not.toBeInTheDocument();
    await user.click(within(upgrade).getByRole('button', { name: 'Cancel' }));
    expect(fake.callsTo('curricula.confirmImport')).toEqual([]);

    fake.nextImport = {
      preview: {
        status: 'refused',
        fileName: 'v2.yaml',
        module,
        reason: { code: 'module-changed-same-version', params: { name: 'Friendship Basics', version: '2', next: '3' } },
      },
    };
    await user.click(screen.getByRole('button', { name: 'Import a module…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'v2.yaml was not importedYour library already has “Friendship Basics” version 2, and this file has different content under the same id and version.',
    );
  });
});

describe('a module page', () => {
  it('shows the audiences, roles, completion rule, six components, source and sessions', async () => {
    renderApp('/curricula/test-friendship-basics');
    expect(await screen.findByRole('heading', { level: 1, name: 'Friendship Basics (test module)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Who it is for' })).toHaveTextContent('Ages 13–17 · All genders — School, Community');
    const running = screen.getByRole('region', { name: 'How it runs' });
    expect(running).toHaveTextContent('Lead (required)');
    expect(running).toHaveTextContent('Co-facilitator (optional)');
    expect(running).toHaveTextContent('4 to 12 young people');
    expect(screen.getByRole('region', { name: 'Completing the module' })).toHaveTextContent('At least 2 of the 2 sessions, including session 1.');
    const components = screen.getByRole('region', { name: 'The six components of promising services' });
    for (const name of [
      'Safety planning',
      'Collaboration across systems',
      'Trust and relationships',
      'Culturally responsive',
      'Trauma-informed',
      'Survivor involvement',
    ]) {
      expect(within(components).getByText(name)).toBeInTheDocument();
    }
    expect(screen.getByRole('region', { name: 'Where it comes from' })).toHaveTextContent('It is not the licensed program or its materials.');
    const sessions = within(screen.getByRole('region', { name: 'Sessions' })).getAllByRole('link');
    expect(sessions.map((link) => link.textContent)).toEqual(['Session 1: What friends do', 'Session 2: When it feels wrong']);
    // Shipped modules cannot be removed.
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
  });

  it('marks what the author inferred beside the field, with the note, and lists every mark under the sources', async () => {
    renderApp('/curricula/test-friendship-basics');
    await screen.findByRole('heading', { level: 1, name: 'Friendship Basics (test module)' });
    const running = screen.getByRole('region', { name: 'How it runs' });
    expect(within(running).getByText('4 to 12 young people', { exact: false })).toHaveTextContent(
      '4 to 12 young people inferred Not public; a small group fits the room.',
    );
    expect(running).toHaveTextContent('once a week');
    expect(screen.getByRole('region', { name: 'Who it is for' })).not.toHaveTextContent('inferred');
    const source = screen.getByRole('region', { name: 'Where it comes from' });
    expect(within(source).getByRole('heading', { name: 'What the author inferred' })).toBeInTheDocument();
    expect(source).toHaveTextContent('delivery › groupSize — Not public; a small group fits the room.');
  });

  it('lets an imported module be removed after a confirmation', async () => {
    fake.library = [{ module: sampleModule(), origin: 'imported' }];
    const { user } = renderApp('/curricula/test-friendship-basics');
    await user.click(await screen.findByRole('button', { name: 'Remove “Friendship Basics (test module)”…' }));
    expect(fake.callsTo('curricula.remove')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Curricula' })).toBeInTheDocument();
    expect(fake.callsTo('curricula.remove')).toEqual([{ id: 'test-friendship-basics' }]);
    expect(await screen.findByText('0 modules')).toBeInTheDocument();
  });

  it('says so when the module is not in the library', async () => {
    renderApp('/curricula/no-such-module');
    expect(await screen.findByRole('heading', { level: 1, name: 'This module is not in your library' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the curriculum library' })).toBeInTheDocument();
  });
});

describe('a session page', () => {
  it('shows the plan: content notice, lists, and a timed run-of-show with notes', async () => {
    renderApp('/curricula/test-friendship-basics/sessions/what-friends-do');
    expect(await screen.findByRole('heading', { level: 1, name: 'Session 1: What friends do' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Content notice' })).toHaveTextContent('including ones that did not feel good');
    expect(screen.getByRole('region', { name: 'Materials' })).toHaveTextContent('Flip chart');
    const activities = within(screen.getByRole('region', { name: 'Run of show' })).getAllByRole('heading', { level: 3 });
    expect(activities.map((heading) => heading.textContent)).toEqual(['Check-in · Check-in', 'Friend map · Activity', 'Closing · Closing']);
    const friendMap = screen.getByRole('listitem', { name: 'Friend map · Activity' });
    expect(friendMap).toHaveTextContent('0:10–0:35');
    expect(
      within(friendMap)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['share the list', 'circle the top three']);
    expect(friendMap).toHaveTextContent('Prompt for the room: What does a good friend do?');
    expect(friendMap).toHaveTextContent('Trauma-informed notesSome youth have few friends right now');
    expect(screen.getByRole('region', { name: 'Local resources' })).toHaveTextContent('Youth Crisis Line · Text 555-0100 · 24 hours');
  });

  it('lists the session’s handouts with their audience, text and print link, its catch-up version, and adaptable activities', async () => {
    const { user } = renderApp('/curricula/test-friendship-basics/sessions/when-it-feels-wrong');
    const handouts = await screen.findByRole('region', { name: 'Handouts' });
    const cards = within(handouts).getAllByRole('listitem', { name: /./ });
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'My Trusted Adults For youth',
      'Scenario cards (facilitator copy) For facilitators only',
    ]);
    await user.click(within(cards[0]!).getByText('Read “My Trusted Adults”'));
    expect(cards[0]).toHaveTextContent('You do not have to have the right words.');
    expect(within(cards[0]!).getByRole('link', { name: 'Print or save “My Trusted Adults”' })).toHaveAttribute(
      'href',
      '/print/curricula/test-friendship-basics/handouts/trusted-adults?session=when-it-feels-wrong',
    );
    expect(screen.getByRole('region', { name: 'One-to-one catch-up (15 min)' })).toHaveTextContent(
      'Pressure from a friend is not your fault.Name one trusted adult.',
    );
    expect(screen.getByRole('listitem', { name: 'Closing · Closing adaptable' })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Scenarios · Discussion' })).not.toHaveTextContent('adaptable');
  });

  it('has no handouts section for a session that uses none', async () => {
    renderApp('/curricula/test-friendship-basics/sessions/what-friends-do');
    await screen.findByRole('heading', { level: 1, name: 'Session 1: What friends do' });
    expect(screen.queryByRole('region', { name: 'Handouts' })).not.toBeInTheDocument();
  });

  it('shows an activity’s own content notice before its instructions', async () => {
    renderApp('/curricula/test-friendship-basics/sessions/when-it-feels-wrong');
    const scenarios = await screen.findByRole('listitem', { name: 'Scenarios · Discussion' });
    expect(scenarios).toHaveTextContent('Content notice: The scenarios describe a friend being pressured.');
  });

  it('saves the plan as a PDF and says where', async () => {
    fake.nextSave = { status: 'saved', path: '/home/ana/Documents/plan.pdf' };
    const { user } = renderApp('/curricula/test-friendship-basics/sessions/what-friends-do');
    await user.click(await screen.findByRole('button', { name: 'Save as PDF…' }));
    expect(await screen.findByText('Saved to /home/ana/Documents/plan.pdf')).toBeInTheDocument();
    expect(fake.callsTo('print.savePdf')).toEqual([{ fileName: 'Friendship Basics (test module) - Session 1: What friends do' }]);

    fake.failNext('print.savePdf', { code: 'storage', reason: { code: 'save-failed', params: { file: 'plan.pdf', drive: 'disk-full' } } });
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The PDF was not saved. Could not save plan.pdf: the disk is full.');
  });
});
