import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../renderer/i18n';
import { describeIssue, describeMessage } from '../../renderer/format/describe';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('wording messages from main in the chosen language', () => {
  it('words a code with its parameters, a nested cause, and a drive problem', () => {
    expect(describeMessage({ code: 'workshop-archived', params: { title: 'Tuesday group' } })).toBe(
      'Tuesday group is archived. Restore it before changing it.',
    );
    expect(describeMessage({ code: 'import-backup-failed', params: { cause: { code: 'backup-failed', params: { drive: 'disk-full' } } } })).toBe(
      'Nothing was imported, because a backup of your data could not be made first. Could not save a backup of your data: the disk is full. Nothing was changed.',
    );
  });

  it('words dates with Intl and chooses plurals by the count', () => {
    expect(describeMessage({ code: 'no-workshops-in-range', params: { from: '2026-01-01', to: '2026-01-31' } })).toBe(
      'No workshop has meetings between January 1, 2026 and January 31, 2026.',
    );
    expect(describeMessage({ code: 'participant-has-history', params: { code: 'JH-26-001', count: 1 } })).toContain('in a workshop,');
    expect(describeMessage({ code: 'participant-has-history', params: { code: 'JH-26-001', count: 3 } })).toContain('in 3 workshops,');
  });

  it('words a field problem after the field’s label, or at its path without one', () => {
    expect(describeIssue({ path: 'name', rule: 'required' }, 'Name')).toBe('Name is required.');
    expect(describeIssue({ path: 'title', rule: 'too-long', params: { maximum: 200 } }, 'Title')).toBe('Title must be at most 200 characters.');
    expect(describeIssue({ path: 'sessions[2].minutes', rule: 'too-big', params: { maximum: 480 } }, null)).toBe('sessions[2].minutes must be at most 480.');
  });

  it('says the same in Spanish', async () => {
    await i18n.changeLanguage('es');
    expect(describeMessage({ code: 'workshop-archived', params: { title: 'Grupo del martes' } })).toBe(
      'Grupo del martes está archivado. Restáuralo antes de hacerle cambios.',
    );
    expect(describeMessage({ code: 'no-workshops-in-range', params: { from: '2026-01-01', to: '2026-01-31' } })).toBe(
      'Ningún taller tiene encuentros entre el 1 de enero de 2026 y el 31 de enero de 2026.',
    );
    expect(describeIssue({ path: 'name', rule: 'required' }, 'Nombre')).toBe('Nombre: es obligatorio.');
  });
});
