import { act, screen, waitFor, within } from '@testing-library/react';
import { i18n } from '../../renderer/i18n';
import { sampleModule, surveySampleModule } from '../support/sampleModules';
import { installFakeFacilitator, sampleSettings } from './fakeFacilitator';
import { renderApp } from './renderApp';

beforeEach(() => {
  installFakeFacilitator({
    settings: sampleSettings(),
    library: [
      { module: surveySampleModule('en'), origin: 'shipped' },
      { module: surveySampleModule('es'), origin: 'shipped' },
    ],
  });
});

afterEach(async () => {
  await act(async () => {
    await i18n.changeLanguage('en');
  });
});

const surveys = async () => screen.findByRole('region', { name: /^(Surveys|Encuestas)$/ });

describe('the surveys on the module page', () => {
  it('shows each survey: when it is given, its scales with their questions and options, and no answer key', async () => {
    renderApp('/curricula/test-friendship-basics');
    const section = await surveys();
    const survey = within(section).getByRole('article', { name: 'What I think about friendships' });
    expect(survey).toHaveTextContent(
      'Given at the first meeting (pre), at the last meeting (post), and 6 weeks after the last meeting (follow-up) · 5 questions in 2 scales · agree–disagree on 4 points',
    );
    expect(survey).toHaveTextContent('This is not a test. You may skip any question.');
    const friendship = within(survey).getByRole('region', { name: 'Scale: Knows the signs of a healthy friendship' });
    expect(
      within(friendship)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Agree – disagree A real friend respects it when someone says no.',
      'Agree – disagree Pressure from a friend is just part of friendship.',
      'True or false A gift can be used to make someone feel they owe a favour.',
    ]);
    const help = within(survey).getByRole('region', { name: 'Scale: Would ask a trusted adult for help' });
    const [whoToTell, wouldAsk] = within(help)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement?.parentElement === help);
    // Questions keep the number they are printed with.
    expect(whoToTell).toHaveAttribute('value', '4');
    expect(wouldAsk).toHaveAttribute('value', '5');
    expect(
      within(whoToTell!)
        .getAllByRole('listitem')
        .map((option) => option.textContent),
    ).toEqual(['Nobody; keep it a secret', 'A trusted adult, such as a counsellor', 'Everyone in the friend group']);
    expect(within(section).queryByText('Answer key:')).toBeNull();
  });

  it('shows the answer key only when the facilitator asks for it', async () => {
    const { user } = renderApp('/curricula/test-friendship-basics');
    const survey = within(await surveys()).getByRole('article', { name: 'What I think about friendships' });
    const toggle = within(survey).getByRole('checkbox', { name: 'Show answer key' });
    expect(toggle).toHaveAccessibleDescription('For facilitators only: printed forms and the youth screen never show it.');
    await user.click(toggle);
    expect(
      within(survey)
        .getAllByText('Answer key:')
        .map((label) => label.parentElement?.textContent),
    ).toEqual([
      'Answer key: agree scores highest',
      'Answer key: disagree scores highest',
      'Answer key: true',
      'Answer key: b. A trusted adult, such as a counsellor',
      'Answer key: agree scores highest',
    ]);
    await user.click(toggle);
    expect(within(survey).queryByText('Answer key:')).toBeNull();
  });

  it('shows the Spanish module’s survey in Spanish', async () => {
    const { user } = renderApp('/curricula/test-friendship-basics-es');
    await surveys();
    // The interface in Spanish too, as a facilitator who chose it in Settings sees it.
    await act(async () => {
      await i18n.changeLanguage('es');
    });
    // Shown once the page has rendered again in Spanish.
    const survey = within(await screen.findByRole('region', { name: 'Encuestas' })).getByRole('article', { name: 'Lo que pienso sobre las amistades' });
    await waitFor(() =>
      expect(survey).toHaveTextContent(
        'Se aplica en el primer encuentro (pre), en el último encuentro (post) y 6 semanas después del último encuentro (seguimiento) · 5 preguntas en 2 escalas',
      ),
    );
    expect(within(survey).getByRole('region', { name: 'Escala: Le pediría ayuda a un adulto de confianza' })).toHaveTextContent(
      'Opción múltiple En una historia, a una persona joven la están presionando',
    );
    await user.click(within(survey).getByRole('checkbox', { name: 'Mostrar la clave de respuestas' }));
    expect(within(survey).getAllByText('Clave:')[3]?.parentElement).toHaveTextContent('Clave: b. A un adulto de confianza, como la consejera');
  });

  it('has no survey section for a module without surveys', async () => {
    installFakeFacilitator({ settings: sampleSettings(), library: [{ module: sampleModule(), origin: 'shipped' }] });
    renderApp('/curricula/test-friendship-basics');
    expect(await screen.findByRole('region', { name: 'Overview' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Surveys' })).toBeNull();
  });
});
