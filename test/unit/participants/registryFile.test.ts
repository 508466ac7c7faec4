import { describe, expect, it } from 'vitest';
import { emptyParticipantsFile, participantsFileSchema, withAliases, withoutPeople, type ParticipantsFile } from '../../../core/domain/participants';

const ANA = '0b7c5c1e-2f4a-4d7e-9d1a-3c5b7e9f1a2b';
const LUIS = '1b7c5c1e-2f4a-4d7e-9d1a-3c5b7e9f1a2b';
const ELSEWHERE = ['2b7c5c1e-2f4a-4d7e-9d1a-3c5b7e9f1a2b', '3b7c5c1e-2f4a-4d7e-9d1a-3c5b7e9f1a2b', '4b7c5c1e-2f4a-4d7e-9d1a-3c5b7e9f1a2b'] as const;

function registry(): ParticipantsFile {
  const createdAt = '2027-03-02T17:00:00.000Z';
  return {
    ...emptyParticipantsFile(),
    participants: [
      { id: ANA, code: 'JH-26-001', createdAt },
      { id: LUIS, code: 'JH-26-002', createdAt },
    ],
    codeClashes: [{ participantId: LUIS, code: 'JH-26-001', setAt: createdAt }],
  };
}

describe('the participant registry file: other computers’ ids for people here', () => {
  it('adds each other computer’s id once, keeping the person it was first matched to', () => {
    const once = withAliases(registry(), [
      { id: ELSEWHERE[0], participantId: ANA },
      { id: ELSEWHERE[1], participantId: LUIS },
      { id: ELSEWHERE[0], participantId: LUIS },
    ]);
    const twice = withAliases(once, [{ id: ELSEWHERE[1], participantId: ANA }]);
    expect(twice.aliases).toEqual([
      { id: ELSEWHERE[0], participantId: ANA },
      { id: ELSEWHERE[1], participantId: LUIS },
    ]);
    expect(twice).toBe(once);
    expect(participantsFileSchema.safeParse(twice).success).toBe(true);
  });

  it('forgets them with the person (a purge or a removal), with the codes noted for them', () => {
    const file = withAliases(registry(), [
      { id: ELSEWHERE[0], participantId: ANA },
      { id: ELSEWHERE[2], participantId: LUIS },
    ]);
    const without = withoutPeople(file, new Set([LUIS]));
    expect(without.participants.map((person) => person.id)).toEqual([ANA]);
    expect(without.aliases).toEqual([{ id: ELSEWHERE[0], participantId: ANA }]);
    expect(without.codeClashes).toEqual([]);
  });
});
