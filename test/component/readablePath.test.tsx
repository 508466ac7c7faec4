import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../renderer/i18n';
import { readablePath } from '../../renderer/screens/curricula/format';
import { timeZoneLabel } from '../../renderer/format/timeZones';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('places in a module file, in the interface’s language', () => {
  it('words the fields it knows and shows an author’s own field as written', async () => {
    expect(readablePath(i18n.t, 'sessions[2].activities[0].minutes')).toBe('Session 3 › activity 1 › minutes');
    expect(readablePath(i18n.t, 'audiences[1].ages')).toBe('audiences (item 2) › ages');
    expect(readablePath(i18n.t, 'delivery.extraField')).toBe('delivery › extraField');
    await i18n.changeLanguage('es');
    expect(readablePath(i18n.t, 'sessions[2].activities[0].minutes')).toBe('Sesión 3 › actividad 1 › minutos');
    expect(readablePath(i18n.t, 'delivery.credit')).toBe('forma de impartirlo › créditos');
  });
});

describe('places in a survey instrument, in the interface’s language', () => {
  it('names surveys, scales, questions, options and times by their number', async () => {
    expect(readablePath(i18n.t, 'instruments[0].items[4].kind')).toBe('Survey 1 › question 5 › kind');
    expect(readablePath(i18n.t, 'instruments[1].answerKey.who-to-tell')).toBe('Survey 2 › answer key › who-to-tell');
    expect(readablePath(i18n.t, 'instruments[0].items[3].options[2].id')).toBe('Survey 1 › question 4 › option 3 › id');
    expect(readablePath(i18n.t, 'instruments[0].given[2]')).toBe('Survey 1 › time given 3');
    await i18n.changeLanguage('es');
    expect(readablePath(i18n.t, 'instruments[0].scales[1].id')).toBe('Encuesta 1 › escala 2 › id');
    expect(readablePath(i18n.t, 'instruments[0].answerKey.who-to-tell')).toBe('Encuesta 1 › clave de respuestas › who-to-tell');
  });
});

describe('time zones, by the name people know them by', () => {
  it('says the zone’s name in the language with its city, not the raw id', () => {
    expect(timeZoneLabel('America/Los_Angeles', 'en')).toBe('Pacific Time (Los Angeles)');
    expect(timeZoneLabel('America/Los_Angeles', 'es')).toBe('hora del Pacífico (Los Angeles)');
    expect(timeZoneLabel('UTC', 'en')).not.toContain('_');
  });
});
