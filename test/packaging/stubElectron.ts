/**
 * A stand-in for Electron's Linux x64 distribution, small enough to write in a test: electron-builder
 * copies it, renames `electron` to the app's executable and flips the fuses in it, exactly as it does
 * with the real one. Nothing here can run; it only has to look like Electron to the packager.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Electron marks its fuse wire with this sentinel (electron/build/fuses/fuses.json5); @electron/fuses
 * finds the first occurrence and reads the wire that follows it.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** The wire that follows: a version byte (1), a length byte, then one byte per fuse. */
const FUSE_WIRE_VERSION = 1;

/** A fuse's state as one byte of the wire. */
export type FuseByte = '0' | '1' | 'r';

/**
 * Writes the stub into `dir` (created if missing) and returns `dir`, ready for electron-builder's
 * `electronDist`. `fuses` are the wire's initial states in @electron/fuses' FuseV1Options order.
 */
export async function writeStubElectron(dir: string, version: string, fuses: readonly FuseByte[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  const executable = join(dir, 'electron');
  const script = Buffer.from('#!/bin/sh\necho "This is a stub Electron made by the packaging test; it cannot run an app." >&2\nexit 1\n');
  const wire = Buffer.concat([
    Buffer.from(`# ${FUSE_SENTINEL}`, 'latin1'),
    Buffer.from([FUSE_WIRE_VERSION, fuses.length]),
    Buffer.from(fuses.join(''), 'latin1'),
    Buffer.from('\n'),
  ]);
  await writeFile(executable, Buffer.concat([script, wire]));
  await chmod(executable, 0o755);
  // Beside the binary in every Electron zip: the licence (electron-builder keeps it as
  // LICENSE.electron.txt) and the version.
  await writeFile(join(dir, 'LICENSE'), 'Stub of the MIT licence file that ships with Electron.\n');
  await writeFile(join(dir, 'version'), `${version}\n`);
  return dir;
}
