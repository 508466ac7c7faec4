import { describe, expect, it } from 'vitest';
import { driveProblems } from '../../../core/domain/messages';
import { startupFailureText, startupLanguage, startupWordings } from '../../../core/domain/startupText';

const DIR = '/home/ana/Facilitator data';

describe('the box shown when the data cannot be opened at start', () => {
  it('words a failure in Spanish on a Spanish computer and in English otherwise, naming the folder', () => {
    const reason = { code: 'open-failed', params: { dir: DIR, drive: 'read-only' } } as const;
    expect(startupFailureText(reason, 'es-MX', DIR)).toEqual({
      title: 'Facilitator no puede abrir sus datos',
      body: `No se pudo abrir la carpeta de datos ${DIR}: la carpeta de datos está en una unidad de solo lectura.\n\nCarpeta de datos: ${DIR}`,
    });
    expect(startupFailureText(reason, 'fr-FR', DIR).body).toBe(
      `Could not open the data folder ${DIR}: the data folder is on a read-only drive.\n\nData folder: ${DIR}`,
    );
  });

  it('says every parameter of a newer data version, and a folder another copy has open', () => {
    const newer = { code: 'newer-version', params: { file: 'settings.json', found: 9, known: 7 } } as const;
    expect(startupFailureText(newer, 'en-US', DIR).body).toContain(
      'settings.json was written by a newer version of the app (data version 9; this version knows up to 7)',
    );
    expect(startupFailureText(newer, 'es', DIR).body).toContain('(versión de datos 9; esta versión conoce hasta la 7)');
    expect(startupFailureText({ inUseBy: 4242 }, 'es-US', DIR).body).toMatch(/^La carpeta de datos ya está abierta en otra copia de la app \(proceso 4242\)\./);
  });

  it('falls back to a plain sentence, never a code, for a failure it has no wording for', () => {
    const text = startupFailureText({ code: 'unexpected' }, 'en', DIR);
    expect(text.body).toBe(`An unexpected error occurred while opening the data. Nothing has been changed.\n\nData folder: ${DIR}`);
    expect(startupFailureText(undefined, 'es', DIR).body).toMatch(/^Ocurrió un error inesperado/);
  });

  it('has a Spanish wording for everything it can say in English', () => {
    expect(startupLanguage('es_419')).toBe('es');
    const { en, es } = startupWordings;
    expect(Object.keys(es.reasons).sort()).toEqual(Object.keys(en.reasons).sort());
    for (const problem of driveProblems) {
      expect(es.drive[problem]).not.toBe(en.drive[problem]);
      expect(es.drive[problem]).not.toBe('');
    }
  });
});
