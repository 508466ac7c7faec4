import { describe, expect, it } from 'vitest';
import { allSurveyTotals, responseView } from '../../../core/domain/surveys/entryViews';
import type { SurveyResponse } from '../../../core/domain/surveys/response';
import { buildWorkshop } from '../../support/workshops';
import { signsSurvey } from './surveyHarness';

const at = '2027-03-09T23:00:00.000Z';
const response = (answers: SurveyResponse['answers'], extra: Partial<SurveyResponse> = {}): SurveyResponse => ({
  id: `r-${Object.keys(answers).length}-${extra.formNumber ?? 0}`,
  instrumentId: 'signs',
  occasion: 'follow-up',
  entry: 'paper',
  answers,
  createdAt: at,
  updatedAt: at,
  ...extra,
});

describe('survey totals', () => {
  it('places a follow-up the given weeks after the last meeting that was not cancelled, on no meeting', () => {
    const base = buildWorkshop(); // meetings on 2 and 9 March 2027
    const cancelledLater = { ...base.meetings[1]!, id: 'later', date: '2027-03-16', cancellation: { reason: 'lockdown' as const, note: '', at } };
    const instrument = signsSurvey({ given: [{ occasion: 'pre' }, { occasion: 'follow-up', weeksAfter: 4 }] });
    const workshop = { ...base, meetings: [...base.meetings, cancelledLater], module: { ...base.module, instruments: [instrument] } };
    const views = [
      response({ t1: true, t2: true, m1: 'b', h1: 5, h2: 5 }, { participantId: 'someone' }),
      response({ t1: true }, { formNumber: 4 }),
      response({}, { formNumber: 5 }),
    ].map((entry) => responseView(instrument, entry));
    expect(views.map((view) => view.state)).toEqual(['complete', 'partial', 'empty']);
    expect(allSurveyTotals(workshop, views)).toEqual([
      {
        instrumentId: 'signs',
        occasion: 'pre',
        meetingId: base.meetings[0]!.id,
        date: '2027-03-02',
        given: 0,
        complete: 0,
        partial: 0,
        unlinked: 0,
        enrolled: 0,
      },
      { instrumentId: 'signs', occasion: 'follow-up', date: '2027-04-06', given: 3, complete: 1, partial: 1, unlinked: 2, enrolled: 0 },
    ]);
  });
});
