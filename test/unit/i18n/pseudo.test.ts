import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { pseudoLocalized, pseudoLocalizeText } from '../../../renderer/i18n/pseudo';

describe('the pseudo-locale for layout tests', () => {
  it('accents every letter and brackets the text, so plain English on screen stands out', () => {
    const text = pseudoLocalizeText('Back to the workshop');
    expect(text).toMatch(/^\[Ɓåçķ ţö ţĥé ŵöŕķšĥöþ ·+.*\]$/u);
    expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('makes the text about 35% longer', () => {
    const english = 'Attendance for each participant';
    const padded = pseudoLocalizeText(english);
    // Brackets, a space and the padding (with a space between groups of five).
    const added = padded.length - english.length;
    expect(added).toBeGreaterThanOrEqual(Math.ceil(english.length * 0.35));
    expect(added).toBeLessThanOrEqual(Math.ceil(english.length * 0.5));
  });

  it('keeps placeholders, formats, tags and nesting exactly', () => {
    const text = pseudoLocalizeText('Writing {{done, number}} of {{total}} rows for <workshopLink>{{title}}</workshopLink> $t(common.save)');
    expect(text).toContain('{{done, number}}');
    expect(text).toContain('{{total}}');
    expect(text).toContain('<workshopLink>{{title}}</workshopLink>');
    expect(text).toContain('$t(common.save)');
    expect(text).toContain('Ŵŕîţîñĝ');
  });

  it('pseudo-localizes every text of the English catalog and keeps its keys', () => {
    const pseudo = pseudoLocalized(en);
    expect(pseudo.attendance.row.saved).toBe(pseudoLocalizeText(en.attendance.row.saved));
    expect(Object.keys(pseudo.run.presenter)).toEqual(Object.keys(en.run.presenter));
    expect(JSON.stringify(pseudo).replace(/\{\{[^}]*\}\}|<\/?\w+>|"[\w-]+":/g, '')).not.toMatch(/[A-Za-z]/);
  });
});
