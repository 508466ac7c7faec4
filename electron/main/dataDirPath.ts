import { join, resolve } from 'node:path';

export const DATA_DIR_ENV = 'FACILITATOR_DATA_DIR';
const DATA_DIR_FLAG = '--data-dir';

/** `--data-dir PATH` or `--data-dir=PATH`, then $FACILITATOR_DATA_DIR, then `<userData>/data`. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) return resolve(arg.slice(DATA_DIR_FLAG.length + 1));
    if (arg === DATA_DIR_FLAG && argv[index + 1]) return resolve(argv[index + 1]!);
  }
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv) return resolve(fromEnv);
  return join(userDataDir, 'data');
}
