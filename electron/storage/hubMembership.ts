/**
 * `hub-membership.json`: this laptop's membership of a program hub (core/domain/hub/membership.ts),
 * its hub password and program keys included. Written durably and sealed like every data file (under
 * the data key when protection is on, and resealed with the rest when it is turned on or off). It is
 * not in backups: a restore must not bring back a password or keys the program has since changed,
 * and a lost membership is mended by joining again.
 */
import { join } from 'node:path';
import { hubMembershipSchema, type HubMembership } from '../../core/domain/hub/membership';
import { issuesOf } from '../../core/domain/issues';
import { fsyncDirectory } from './durableFile';
import { errnoCode, invalidDataFailure, readFailure, saveFailure, StorageError } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { nodeFileSystem } from './fs/nodeFileSystem';
import { readJsonFile, writeJsonFile } from './jsonFile';
import type { FileCodec } from './protection/codec';

export const HUB_MEMBERSHIP_FILE = 'hub-membership.json';

export interface HubMembershipFile {
  /** The membership, or undefined when this laptop is in no program. Throws a StorageError when the file is damaged. */
  read(): Promise<HubMembership | undefined>;
  /** Replaces the membership durably. */
  write(membership: HubMembership): Promise<void>;
  /** Forgets the membership durably (leaving a program); nothing to do when there is none. */
  remove(): Promise<void>;
}

export function hubMembershipFile(options: {
  dir: string;
  codec: FileCodec;
  fileSystem?: StorageFileSystem;
  /** The data store's check that it is still open (and not restoring): a locked laptop reads and writes nothing. */
  assertOpen?: (file: string) => void;
}): HubMembershipFile {
  const { dir, codec } = options;
  const fs = options.fileSystem ?? nodeFileSystem;
  const assertOpen = () => options.assertOpen?.(HUB_MEMBERSHIP_FILE);
  const path = join(dir, HUB_MEMBERSHIP_FILE);
  return {
    async read() {
      assertOpen();
      const read = await readJsonFile(fs, path, codec, HUB_MEMBERSHIP_FILE).catch((error: unknown) => {
        throw readFailure(HUB_MEMBERSHIP_FILE, error);
      });
      if (read.state === 'missing') return undefined;
      if (read.state === 'unparsable')
        throw new StorageError('read-failed', { code: 'data-invalid', params: { file: HUB_MEMBERSHIP_FILE } }, { path: HUB_MEMBERSHIP_FILE });
      const parsed = hubMembershipSchema.safeParse(read.value);
      if (!parsed.success) throw invalidDataFailure(HUB_MEMBERSHIP_FILE, issuesOf(parsed.error));
      return parsed.data;
    },
    async write(membership) {
      assertOpen();
      const parsed = hubMembershipSchema.safeParse(membership);
      if (!parsed.success) throw invalidDataFailure(HUB_MEMBERSHIP_FILE, issuesOf(parsed.error));
      await writeJsonFile(fs, path, parsed.data, codec, HUB_MEMBERSHIP_FILE).catch((error: unknown) => {
        throw saveFailure(HUB_MEMBERSHIP_FILE, error);
      });
    },
    async remove() {
      assertOpen();
      try {
        await fs.unlink(path);
        await fsyncDirectory(fs, dir);
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') throw saveFailure(HUB_MEMBERSHIP_FILE, error, 'delete');
      }
    },
  };
}
