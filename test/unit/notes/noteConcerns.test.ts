import { describe, expect, it } from 'vitest';
import { hasNoteConcerns, noteConcerns } from '../../../core/domain/noteConcerns';

const roster = ['JH-26-014', 'JH-26-002', 'AB-1'];

describe('what a free-text note should not hold', () => {
  it.each([
    ['JH-26-014 left early', ['JH-26-014']],
    ['talked with jh-26-002 after', ['JH-26-002']],
    ['(JH-26-014, JH-26-002) stayed', ['JH-26-014', 'JH-26-002']],
    ['AB-1.', ['AB-1']],
  ])('finds the roster code in %j', (note, codes) => {
    expect(noteConcerns(note, roster).codes).toEqual(codes);
  });

  it('does not find a code inside a longer one or another word', () => {
    expect(noteConcerns('JH-26-0145 and XAB-1 and AB-10', roster).codes).toEqual([]);
  });

  it.each([
    'She said her uncle took her phone',
    'He told me he has nowhere to stay',
    'One participant disclosed something after group',
    'They said that it happens a lot',
    'Quote: “I don’t want to go home”',
    'J asked "is it my fault"',
    'Afterwards — I was scared to tell anyone',
    'R: my boyfriend gets angry',
  ])('%j looks like a quote', (note) => {
    expect(noteConcerns(note, roster).looksLikeQuote).toBe(true);
  });

  it.each([
    'The group built its agreements together and the energy was good',
    'Ran out of time for the closing; moved it to next week',
    'Shortened the role play; the room was too hot',
    'Said goodbye to the co-facilitator, last session for her',
    'It’s the third lockdown this month; we didn’t meet',
    'I adapted the check-in because the room was loud',
  ])('%j is fine', (note) => {
    const concerns = noteConcerns(note, roster);
    expect(concerns).toEqual({ codes: [], looksLikeQuote: false });
    expect(hasNoteConcerns(concerns)).toBe(false);
  });
});
