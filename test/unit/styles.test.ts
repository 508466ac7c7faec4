import { resolve } from 'node:path';
import stylelint from 'stylelint';

/** The project's own stylelint config, run on a stylesheet as if it were saved at `file`. */
async function problemsIn(file: string, code: string): Promise<string[]> {
  const { results } = await stylelint.lint({
    code,
    codeFilename: resolve(file),
    configFile: resolve('stylelint.config.mjs'),
  });
  return results.flatMap((result) => result.warnings.map((warning) => warning.text));
}

describe('scoped class names (stylelint facilitator/scoped-classes)', () => {
  it('lets a feature file define classes with its folder prefix and style shared and ui- classes under them', async () => {
    const code = [
      '.run-clock { color: var(--text); }',
      '.run-clock--late { color: var(--danger); }',
      '.run-clock .button, .run-clock > .field-hint { margin: 0; }',
      '.run-clock .ui-subnav:hover { padding: 0; }',
      '.run-clock p { margin: 0; }',
    ].join('\n');
    expect(await problemsIn('renderer/screens/run/clock.css', code)).toEqual([]);
  });

  it('refuses a class without the folder prefix', async () => {
    const problems = await problemsIn('renderer/screens/run/clock.css', '.clock { color: red; }');
    expect(problems).toContainEqual(expect.stringContaining('".clock" is neither a "run-" class nor a shared class'));
  });

  it("refuses another folder's class, naming the folder it belongs to", async () => {
    const problems = await problemsIn('renderer/screens/run/clock.css', '.run-clock .settings-attendance-status { color: red; }');
    expect(problems).toEqual([expect.stringContaining('".settings-attendance-status" belongs to renderer/screens/settings')]);
  });

  it('refuses restyling a shared class or an element everywhere from a feature file', async () => {
    expect(await problemsIn('renderer/screens/settings/x.css', '.button { color: red; }')).toEqual([
      expect.stringContaining('anchor it on a "settings-" class'),
    ]);
    expect(await problemsIn('renderer/screens/settings/x.css', 'p { margin: 0; }')).toEqual([expect.stringContaining('anchor it on a "settings-" class')]);
  });

  it('refuses a class defined in a second file of the same folder, but not styled there in context', async () => {
    expect(await problemsIn('renderer/screens/run/clock.css', '.run-step { color: red; }')).toEqual([
      expect.stringContaining('".run-step" is also defined in renderer/screens/run/run.css'),
    ]);
    expect(await problemsIn('renderer/screens/run/clock.css', '.run-clock .run-step { color: red; }')).toEqual([]);
  });

  it('refuses a feature prefix in the shared stylesheet, and a stylesheet in a folder that has no prefix', async () => {
    expect(await problemsIn('renderer/styles.css', '.today-card { color: red; }')).toEqual([
      expect.stringContaining('".today-card" carries the prefix of renderer/screens/today'),
    ]);
    expect(await problemsIn('renderer/app/app.css', '.app-frame { color: red; }')).toEqual([expect.stringContaining('is in no folder with a class prefix')]);
  });
});
