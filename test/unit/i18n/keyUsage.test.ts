import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { findKeyUses, isKeyUsed, leafKeys, type KeyUse } from './keyUsage';

const root = join(__dirname, '../../..');
/** Code that asks for interface text: the renderer, and core for keys it names (e.g. notice codes). */
const sourceFolders = ['renderer', 'core'];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(root, file).startsWith(join('renderer', 'i18n')));
}

const keys = leafKeys(en);
const uses: KeyUse[] = sourceFolders.flatMap(sourceFiles).flatMap((file) => findKeyUses(readFileSync(file, 'utf8'), relative(root, file)));

describe('interface text used by the code', () => {
  it('finds the keys the screens ask for (the scan itself works)', () => {
    expect(uses.length).toBeGreaterThan(500);
    expect(uses.some((use) => use.kind === 'template')).toBe(true);
  });

  it('has every key the code asks for, including keys built from a variable', () => {
    const missing = uses.filter((use) => use.inCall).filter((use) => !keys.some((key) => isKeyUsed(key, [use])));
    expect(missing.map((use) => `${use.file}: ${use.text}`)).toEqual([]);
  });

  it('uses every English key somewhere', () => {
    const unused = keys.filter((key) => !isKeyUsed(key, uses));
    expect(unused).toEqual([]);
  });
});
