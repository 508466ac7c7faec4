import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const NO_BINARY =
  'No Electron binary is installed here (node_modules/electron/dist is missing). Run `npm start` once on a machine with internet to fetch it.';

/** The Electron binary `npm start` would run, if it has been downloaded. */
export function installedElectronBinary(): string | undefined {
  const packageDir = resolve(__dirname, '../../node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}
