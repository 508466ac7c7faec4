/**
 * A small survey and an in-memory stand-in for main's survey channels, for the survey screens'
 * component tests: answers are checked as main checks them (answerProblem) and refused with main's
 * coded messages, so the screens word real refusals.
 */
import type { HandoverStatus, HandoverView, InstrumentView, SurveyResponseView, SurveysView, SurveyTotals } from '../../core/contract/surveys';
import { AppFailure } from '../../core/contract/result';
import type { Language } from '../../core/domain/languages';
import { instrumentSchema, type Instrument, type SurveyOccasion } from '../../core/domain/surveys/instrument';
import { answerProblem, type SurveyAnswer, type SurveyResponse } from '../../core/domain/surveys/response';
import { scoreResponse } from '../../core/domain/surveys/scoring';
import type { PlanningHandlers } from './fakeFacilitator';

export const sampleInstrument: Instrument = instrumentSchema.parse({
  id: 'knowing-the-signs',
  title: 'What I know about staying safe',
  intro: 'This is not a test. You can skip any question. Your name is not on it.',
  given: [{ occasion: 'pre' }, { occasion: 'post' }],
  agreePoints: 5,
  scales: [{ id: 'recognising', title: 'Recognising control tactics' }],
  items: [
    { id: 'gifts', kind: 'agree-disagree', scale: 'recognising', text: 'Expensive gifts from someone older can be a way to make a person feel they owe them.' },
    { id: 'blame', kind: 'agree-disagree', scale: 'recognising', text: 'A person who is exploited brought it on themselves.' },
    { id: 'help-line', kind: 'true-false', scale: 'recognising', text: 'A crisis line can be texted, not only called.' },
    {
      id: 'trusted-adult',
      kind: 'multiple-choice',
      scale: 'recognising',
      text: 'Who is a safe person to tell when something feels wrong?',
      options: [
        { id: 'stranger', text: 'Someone met online that day' },
        { id: 'counselor', text: 'A school counselor' },
        { id: 'nobody', text: 'Nobody' },
      ],
    },
  ],
  answerKey: { gifts: 'agree', blame: 'disagree', 'help-line': true, 'trusted-adult': 'counselor' },
});

export const instrumentView: InstrumentView = (({ answerKey: _key, ...shown }) => shown)(sampleInstrument);

export interface SurveyFakeOptions {
  workshopId: string;
  roster: SurveysView['roster'];
  meetingId: string;
  /** Who main refuses as not enrolled. */
  notEnrolled?: readonly string[];
}

/** Main's survey channels over an in-memory list: what a test reads back in `responses`. */
export function fakeSurveys({ workshopId, roster, meetingId, notEnrolled = [] }: SurveyFakeOptions) {
  const responses: SurveyResponse[] = [];
  let handover: { responseId: string; code?: string; status: HandoverStatus } = { responseId: '', status: { state: 'off' } };
  let next = 0;
  /** The group's language: what the youth screen and the forms speak. */
  const state: { language: Language } = { language: 'en' };
  const at = '2027-03-02T17:00:00.000Z';

  const viewOf = (response: SurveyResponse): SurveyResponseView => {
    const score = scoreResponse(sampleInstrument, response.answers);
    return { response, score, state: score.complete ? 'complete' : score.answered > 0 ? 'partial' : 'empty' };
  };
  const totalsOf = (occasion: SurveyOccasion): SurveyTotals => {
    const given = responses.filter((response) => response.occasion === occasion).map(viewOf);
    return {
      instrumentId: sampleInstrument.id,
      occasion,
      meetingId,
      date: '2027-03-02',
      given: given.length,
      complete: given.filter((view) => view.state === 'complete').length,
      partial: given.filter((view) => view.state === 'partial').length,
      unlinked: given.filter((view) => view.response.participantId === undefined).length,
      enrolled: roster.length,
    };
  };
  const find = (responseId: string) => {
    const response = responses.find((candidate) => candidate.id === responseId);
    if (!response) throw new AppFailure('not-found', { code: 'survey-response-missing' });
    return response;
  };
  const setAnswer = (response: SurveyResponse, itemId: string, answer: SurveyAnswer | null) => {
    const index = sampleInstrument.items.findIndex((item) => item.id === itemId);
    const item = sampleInstrument.items[index];
    if (!item) throw new AppFailure('not-found', { code: 'survey-item-missing', params: { item: itemId } });
    if (answer !== null) {
      const problem = answerProblem(sampleInstrument, item, answer);
      if (problem === 'out-of-range') throw new AppFailure('invalid-input', { code: 'survey-answer-out-of-range', params: { question: index + 1, points: 5 } });
      if (problem) throw new AppFailure('invalid-input', { code: 'survey-answer-wrong-kind', params: { question: index + 1 } });
      response.answers[itemId] = answer;
    } else delete response.answers[itemId];
  };
  const handoverView = (): HandoverView => {
    const response = find(handover.responseId);
    return { language: state.language, instrument: instrumentView, answers: { ...response.answers } };
  };

  const handlers: PlanningHandlers = {
    'surveys.list': (): SurveysView => ({
      workshopId,
      language: state.language,
      instruments: [instrumentView],
      roster,
      responses: responses.map(viewOf),
      totals: [totalsOf('pre'), totalsOf('post')],
    }),
    'surveys.start': (input) => {
      if (input.participantId && notEnrolled.includes(input.participantId)) {
        const code = roster.find((person) => person.id === input.participantId)?.code ?? '';
        throw new AppFailure('invalid-input', { code: 'survey-not-enrolled', params: { code } });
      }
      next += 1;
      const response: SurveyResponse = {
        id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
        instrumentId: input.instrumentId,
        occasion: input.occasion,
        ...(input.participantId ? { participantId: input.participantId } : {}),
        ...(input.formNumber ? { formNumber: input.formNumber } : {}),
        ...(input.meetingId ? { meetingId: input.meetingId } : {}),
        entry: input.entry,
        answers: {},
        createdAt: at,
        updatedAt: at,
      };
      responses.push(response);
      return viewOf(response);
    },
    'surveys.answer': ({ responseId, itemId, answer }) => {
      const response = find(responseId);
      setAnswer(response, itemId, answer);
      return { response: viewOf(response), totals: totalsOf(response.occasion) };
    },
    'surveys.link': ({ responseId, participantId }) => {
      const response = find(responseId);
      response.participantId = participantId;
      return viewOf(response);
    },
    'surveys.handoverStart': ({ responseId, handoverCode }) => {
      handover = { responseId, ...(handoverCode ? { code: handoverCode } : {}), status: { state: 'answering' } };
      return handoverView();
    },
    'surveys.handoverStatus': () => handover.status,
    'surveys.handoverQuestions': () => handoverView(),
    'surveys.handoverAnswer': ({ itemId, answer }) => {
      setAnswer(find(handover.responseId), itemId, answer);
      return handoverView();
    },
    'surveys.handoverFinish': () => {
      handover.status = handover.code ? { state: 'code-needed' } : { state: 'off' };
      return handover.status;
    },
    'surveys.handoverUnlock': ({ code }) => {
      if (code !== handover.code) throw new AppFailure('forbidden', { code: 'survey-handover-wrong-code' });
      handover.status = { state: 'off' };
      return handover.status;
    },
  };
  return {
    handlers,
    responses,
    handover: () => handover,
    set language(language: Language) {
      state.language = language;
    },
  };
}
