/**
 * A data folder as the app wrote it before module snapshots (workshop schemaVersion 4): each
 * workshop file holds its module whole, there is no `modules/` folder, and a workshop may have a
 * journal of changes not folded yet. Written through the storage file-system seam, so the same
 * folder can be built on real disk or on the power-loss file system.
 */
import { join } from 'node:path';
import type { Workshop } from '../../../core/domain/workshop';
import { sampleModule } from '../../support/sampleModules';
import { buildWorkshop } from '../../support/workshops';
import { openDataDir } from '../../../electron/storage/dataDir';
import { fsyncDirectory, writeFileDurably } from '../../../electron/storage/durableFile';
import type { StorageFileSystem } from '../../../electron/storage/fs/fileSystem';
import { writeJsonFile } from '../../../electron/storage/jsonFile';
import { MODULES_DIR, workshopRelativePath } from '../../../electron/storage/layout';
import type { FileCodec } from '../../../electron/storage/protection/codec';
import { encodeRecord, type JournalChange } from '../../../electron/storage/workshopJournal';

export interface V4Folder {
  /** The workshops as the app holds them once migrated (the journal's change applied). */
  workshops: Workshop[];
  /** Module versions the workshops were planned from: the snapshots migration makes. */
  moduleVersions: number;
}

const PARTICIPANT = '6f1c1b8e-1d2a-4c55-9a63-0b7c5d8e9f01';

/**
 * Three groups: two planned from version 1 of the sample module, one from version 2 (planned after
 * an upgrade), each with a participant and a mark; the first also has a mark only its journal holds.
 */
export async function writeV4Folder(options: { fs: StorageFileSystem; dir: string; codec: FileCodec; now: () => Date }): Promise<V4Folder> {
  const { fs, dir, codec, now } = options;
  const store = await openDataDir({ dir, now, codec, fileSystem: fs });
  await store.participants.update((file) => ({ ...file, participants: [{ id: PARTICIPANT, code: 'JH-26-014', createdAt: now().toISOString() }] }));
  await store.close();
  await fs.rm(join(dir, MODULES_DIR), { recursive: true, force: true });
  await fsyncDirectory(fs, dir);

  const upgraded = sampleModule({ version: 2, summary: 'The second version, planned after an upgrade.' });
  const planned = [
    buildWorkshop({ title: 'Unit B, spring' }),
    buildWorkshop({ title: 'Unit C, spring' }),
    buildWorkshop({ title: 'Unit B, summer', module: upgraded }),
  ].map((workshop) => {
    const meeting = workshop.meetings[0]!;
    return {
      ...workshop,
      roster: [{ participantId: PARTICIPANT, enrolledOn: '2027-03-01' }],
      attendance: [{ meetingId: meeting.id, participantId: PARTICIPANT, statusId: 'present', at: '2027-03-02T23:40:00.000Z' }],
    };
  });
  for (const workshop of planned) {
    const file = workshopRelativePath(workshop.id);
    await writeJsonFile(fs, join(dir, file), { ...workshop, schemaVersion: 4 }, codec, file);
  }

  // A change the version 4 app recorded in the first group's journal and never folded (it was closed by a cut).
  const [first] = planned as [Workshop, ...Workshop[]];
  const late = { meetingId: first.meetings[1]!.id, participantId: PARTICIPANT, statusId: 'late', at: '2027-03-09T23:35:00.000Z' };
  const changes: JournalChange[] = [{ path: ['attendance', 1], value: late }];
  const journal = workshopRelativePath(first.id).replace(/\.json$/, '.journal');
  await writeFileDurably(join(dir, journal), encodeRecord({ seq: 1, changes }, journal, codec), fs);

  return { workshops: [{ ...first, attendance: [...first.attendance, late] }, ...planned.slice(1)], moduleVersions: 2 };
}
