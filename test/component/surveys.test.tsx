import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
import { routes } from '../../renderer/app/routes';
import '../../renderer/i18n';
import { installFakeFacilitator, sampleSettings, type FakeFacilitator } from './fakeFacilitator';
import { fakeSurveys, sampleInstrument } from './surveyFixtures';
import { registry, renderWorkshopApp, sampleView, sampleWorkshop, wid } from './workshopFixtures';

/** Tuesday group on the test module with a survey; Alicia and Carlos on the roster (Dani refused as not enrolled). */
const roster = [
  { id: wid.alicia, code: 'JH-26-014', initials: 'AB' },
  { id: wid.carlos, code: 'JH-26-015', initials: 'CD' },
  { id: wid.dani, code: 'JH-26-003', initials: 'DE' },
];
const SURVEYS_PATH = `/workshops/${wid.tuesday}/surveys`;

let fake: FakeFacilitator;
let surveys: ReturnType<typeof fakeSurveys>;
/** What protection.status says: a test turns it to 'locked' as main locks a protected folder. */
let protection: 'unprotected' | 'unlocked' | 'locked';

function install(state: 'unprotected' | 'unlocked' = 'unprotected') {
  protection = state;
  surveys = fakeSurveys({ workshopId: wid.tuesday, roster, meetingId: wid.m1, notEnrolled: [wid.dani] });
  const base = sampleWorkshop();
  const view = sampleView({ workshop: { ...base, module: { ...base.module, instruments: [sampleInstrument] } } });
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: {
      'workshops.get': () => view,
      ...surveys.handlers,
      'protection.status': () => ({ state: protection, keychain: { usable: false, problem: 'unavailable', inUse: false, unlocksNow: false } }),
    },
  });
}

async function openGrid() {
  const rendered = renderWorkshopApp(SURVEYS_PATH);
  const grid = await screen.findByRole('grid', { name: 'Pre-survey answers' });
  return { ...rendered, grid };
}

function cell(grid: HTMLElement, code: string, question: number): HTMLElement {
  return within(grid).getByRole('gridcell', { name: new RegExp(`^${code}, question ${question}:`) });
}

function rowOf(grid: HTMLElement, code: string): HTMLElement {
  return within(grid)
    .getByRole('rowheader', { name: new RegExp(code) })
    .closest('tr')!;
}

describe('Surveys: entering answers from paper', () => {
  beforeEach(() => install());

  it('takes one key per answer, moves on by itself, and counts the row and each question', async () => {
    const { grid, user } = await openGrid();
    expect(screen.getByRole('row', { name: /Pre-survey/ })).toHaveTextContent('0 of 3 enrolled');

    await user.click(cell(grid, 'JH-26-014', 1));
    await user.keyboard('4');
    // The cursor moved to question 2 before main answered; the key went to question 1.
    expect(cell(grid, 'JH-26-014', 2)).toHaveFocus();
    await user.keyboard('1t');
    expect(cell(grid, 'JH-26-014', 4)).toHaveFocus();

    await waitFor(() => expect(within(rowOf(grid, 'JH-26-014')).getByText('Saved')).toBeInTheDocument());
    expect(cell(grid, 'JH-26-014', 1)).toHaveAccessibleName('JH-26-014, question 1: 4');
    expect(cell(grid, 'JH-26-014', 3)).toHaveAccessibleName('JH-26-014, question 3: T');
    const row = rowOf(grid, 'JH-26-014');
    expect(row).toHaveTextContent('3 of 4');
    expect(within(row).getByText('Partial')).toBeInTheDocument();
    // One response started, once, for the paper form; each key its own durable answer.
    expect(fake.callsTo('surveys.start')).toEqual([
      { workshopId: wid.tuesday, instrumentId: sampleInstrument.id, occasion: 'pre', entry: 'paper', participantId: wid.alicia, meetingId: wid.m1 },
    ]);
    expect(surveys.responses[0]?.answers).toEqual({ gifts: 4, blame: 1, 'help-line': true });
    // Per-question totals and the section's totals follow.
    expect(within(grid.querySelector('tfoot')!).getAllByRole('cell')[0]).toHaveTextContent('1');
    expect(screen.getByRole('row', { name: /Pre-survey/ })).toHaveTextContent('1 of 3 enrolled');

    // The option's letter answers multiple choice; the row is complete, the cursor goes to the next youth.
    await user.keyboard('b');
    await waitFor(() => expect(within(rowOf(grid, 'JH-26-014')).getByText('Complete')).toBeInTheDocument());
    expect(surveys.responses[0]?.answers['trusted-adult']).toBe('counselor');
    expect(cell(grid, 'JH-26-015', 1)).toHaveFocus();

    // Backspace clears where the cursor is; arrows move; Enter goes to the next row's first question.
    await user.keyboard('{ArrowUp}{ArrowRight}{Backspace}');
    await waitFor(() => expect(surveys.responses[0]?.answers).not.toHaveProperty('blame'));
    expect(cell(grid, 'JH-26-014', 2)).toHaveAccessibleName('JH-26-014, question 2: no answer');
    await user.keyboard('{Enter}');
    expect(cell(grid, 'JH-26-015', 1)).toHaveFocus();
  });

  it('shows "Saving…" until main answers, and only then "Saved"', async () => {
    const { grid, user } = await openGrid();
    const release = fake.hold('surveys.answer');
    await user.click(cell(grid, 'JH-26-015', 1));
    await user.keyboard('5');
    const row = rowOf(grid, 'JH-26-015');
    expect(await within(row).findByText('Saving…')).toBeInTheDocument();
    expect(within(row).queryByText('Saved')).not.toBeInTheDocument();
    release();
    expect(await within(row).findByText('Saved')).toBeInTheDocument();
  });

  it('shows a refusal beside the row, worded, and keeps the saved answer', async () => {
    const { grid, user } = await openGrid();
    await user.click(cell(grid, 'JH-26-014', 1));
    // 7 is out of range on a 5-point item: main refuses it.
    await user.keyboard('7');
    expect(await screen.findByText('Not saved: Question 1 takes an answer from 1 to 5.')).toBeInTheDocument();
    expect(cell(grid, 'JH-26-014', 1)).toHaveAttribute('aria-invalid', 'true');
    expect(cell(grid, 'JH-26-014', 1)).toHaveAccessibleName('JH-26-014, question 1: no answer');
    expect(surveys.responses[0]?.answers).toEqual({});

    // A key the question does not take is refused here, saying which keys it takes.
    await user.click(cell(grid, 'JH-26-014', 3));
    await user.keyboard('x');
    expect(screen.getByText('Question 3 takes T/F.')).toBeInTheDocument();
    expect(fake.callsTo('surveys.answer')).toHaveLength(1);

    // Someone main says is not enrolled: the start is refused, with the code named.
    await user.click(cell(grid, 'JH-26-003', 1));
    await user.keyboard('3');
    expect(await screen.findByText('Not saved: JH-26-003 is not enrolled in this workshop, so they cannot take its survey.')).toBeInTheDocument();
  });

  it('adds an anonymous numbered form, enters it by number, and links it to a code later', async () => {
    const { grid, user } = await openGrid();
    await user.type(screen.getByLabelText('Form number'), '7');
    await user.click(screen.getByRole('button', { name: 'Add form' }));
    await user.click(await within(grid).findByRole('gridcell', { name: /^Form 7, question 1:/ }));
    await user.keyboard('2');
    await waitFor(() => expect(surveys.responses[0]).toMatchObject({ formNumber: 7, answers: { gifts: 2 } }));
    expect(surveys.responses[0]?.participantId).toBeUndefined();

    await user.selectOptions(screen.getByLabelText('Link form 7 to'), 'JH-26-015');
    await user.click(screen.getByRole('button', { name: 'Link' }));
    expect(await screen.findByText('Form 7 is now JH-26-015’s.')).toBeInTheDocument();
    expect(cell(grid, 'JH-26-015', 1)).toHaveAccessibleName('JH-26-015, question 1: 2');
    expect(within(grid).queryByRole('rowheader', { name: /Form 7/ })).not.toBeInTheDocument();
  });
});

describe('Surveys: the youth screen', () => {
  it('hands over with a code (plain folder), shows only the survey, and needs the code to leave', async () => {
    install('unprotected');
    const { grid, user, router } = await openGrid();
    // The handover follows the row the cursor is on.
    await user.click(cell(grid, 'JH-26-015', 1));
    await user.type(screen.getByLabelText('Handover code'), 'sun-7');
    await user.type(screen.getByLabelText('The handover code again'), 'sun-7');
    await user.click(screen.getByRole('button', { name: 'Hand the laptop to JH-26-015' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Thanks for taking this survey.' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/youth-survey');
    expect(fake.callsTo('surveys.handoverStart')).toEqual([{ workshopId: wid.tuesday, responseId: surveys.responses[0]?.id, handoverCode: 'sun-7' }]);
    expect(surveys.responses[0]).toMatchObject({ participantId: wid.carlos, entry: 'youth-screen' });
    // No roster, no codes (not even their own), no navigation.
    expectNothingButTheSurvey();

    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByText('Question 1 of 4')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: sampleInstrument.items[0]!.text })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Agree' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Agree' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // Skipping is fine; keys answer too (1 = strongly disagree), and Back returns.
    await user.click(screen.getByRole('button', { name: 'Skip this one' }));
    await user.keyboard('t');
    await waitFor(() => expect(surveys.responses[0]?.answers).toEqual({ gifts: 4, 'help-line': true }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByText('Question 2 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip this one' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Skip this one' }));

    expect(screen.getByText('You skipped 2 questions. That’s okay: you can go back, or finish now.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'For the facilitator' })).toBeInTheDocument();
    expectNothingButTheSurvey();

    await user.type(screen.getByLabelText('Handover code'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Leave the survey screen' }));
    expect(await screen.findByText('That is not the handover code.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/youth-survey');

    await user.type(screen.getByLabelText('Handover code'), 'sun-7');
    await user.click(screen.getByRole('button', { name: 'Leave the survey screen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(SURVEYS_PATH));
    expect(await screen.findByRole('grid', { name: 'Pre-survey answers' })).toBeInTheDocument();
  });

  it('in a protected folder asks for no code and ends at the lock screen', async () => {
    install('unlocked');
    const { grid, user } = await openGrid();
    await user.click(cell(grid, 'JH-26-014', 1));
    expect(screen.queryByLabelText('Handover code')).not.toBeInTheDocument();
    expect(screen.getByText('When they finish, the app locks: your passphrase opens it again.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hand the laptop to JH-26-014' }));
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    for (let question = 0; question < 4; question += 1) await user.click(screen.getByRole('button', { name: 'Skip this one' }));
    // Main locks the folder as the survey is done: protection.status says so from then on.
    protection = 'locked';
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByLabelText('Passphrase')).toBeInTheDocument();
    expect(fake.callsTo('surveys.handoverFinish')).toHaveLength(1);
  });

  it('opened by itself (a reload) shows the survey main holds, and no roster', async () => {
    install();
    await openYouthScreenAlone();
    expect(await screen.findByRole('heading', { level: 1, name: 'Thanks for taking this survey.' })).toBeInTheDocument();
    expect(screen.getByText(sampleInstrument.title)).toBeInTheDocument();
    expectNothingButTheSurvey();
  });
});

describe('Surveys: the youth screen after a reload', () => {
  it('still asks for the handover code when the young person had finished, and leaves with it', async () => {
    install();
    await openYouthScreenAlone(async () => {
      await surveys.handlers['surveys.handoverFinish']!(undefined);
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'For the facilitator' })).toBeInTheDocument();
    expect(fake.callsTo('surveys.handoverQuestions')).toEqual([]);
    expectNothingButTheSurvey();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Handover code'), 'sun-7');
    await user.click(screen.getByRole('button', { name: 'Leave the survey screen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Workshops' })).toBeInTheDocument();
  });
});

describe('Surveys: the youth screen in the group’s language', () => {
  it('speaks Spanish to a Spanish group, with "tú", whatever the app’s language', async () => {
    install();
    surveys.language = 'es';
    await openYouthScreenAlone();
    expect(await screen.findByRole('heading', { level: 1, name: 'Gracias por contestar esta encuesta.' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Empezar' }));
    expect(await screen.findByText('Pregunta 1 de 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Muy de acuerdo' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Saltar esta' })).toBeInTheDocument();
    expect(document.querySelector('[lang="es"]')).not.toBeNull();
  });
});

/** Alicia's survey handed over in main, and the app opened straight onto the youth screen (as after a reload). */
async function openYouthScreenAlone(before?: () => Promise<void>) {
  await surveys.handlers['surveys.start']!({
    workshopId: wid.tuesday,
    instrumentId: sampleInstrument.id,
    occasion: 'pre',
    participantId: wid.alicia,
    entry: 'youth-screen',
  });
  await surveys.handlers['surveys.handoverStart']!({ workshopId: wid.tuesday, responseId: surveys.responses[0]!.id, handoverCode: 'sun-7' });
  await before?.();
  render(<App router={createMemoryRouter(routes, { initialEntries: ['/youth-survey'] })} />);
}

function expectNothingButTheSurvey() {
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  for (const person of [...roster, ...registry]) expect(document.body).not.toHaveTextContent(person.code);
  expect(document.body).not.toHaveTextContent('Tuesday group');
}
