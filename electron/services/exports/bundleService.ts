import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { BundleImportResult, BundlePreview } from '../../../core/contract/exports';
import type { SavedFile } from '../../../core/contract/files';
import { AppFailure } from '../../../core/contract/result';
import { BUNDLE_EXTENSION, buildBundle, MAX_BUNDLE_BYTES, readBundle, type Bundle, type BundleContents } from '../../../core/domain/bundles/format';
import { withCodeClashes } from '../../../core/domain/bundles/codeChanges';
import { aliasesOf } from '../../../core/domain/bundles/registryIndex';
import { withAliases } from '../../../core/domain/participants';
import { mergeWordsOf, mergeWorkshopCopy, withParticipants, type Resolutions, type WorkshopCopyMerge } from '../../../core/domain/bundles/merge';
import type { Workshop } from '../../../core/domain/workshop';
import {
  isPassphraseSealed,
  openWithPassphrase,
  readChosenFile,
  requireReasonableCost,
  sealWithPassphrase,
  UnreasonableSealCostError,
  WrongSecretError,
  type DataStore,
} from '../../storage';
import type { BackUpFirst } from '../backupService';
import type { DesktopHost } from '../host';
import { recordExport } from './auditLog';
import type { Clock } from '../planning/clock';
import { saveToChosenFile } from '../savedFiles';

interface PendingImport {
  token: string;
  bundle: Bundle;
  plan: WorkshopCopyMerge;
}

/** The audit log's words for a bundle: "workshop bundle, sealed, with follow-ups and notes". */
function bundleWhat(sealed: boolean, include: BundleContents): string {
  const carried = [include.followUps ? 'follow-ups' : undefined, include.notes ? 'notes' : undefined].filter(Boolean);
  return ['workshop bundle', sealed ? 'sealed' : 'not sealed', carried.length ? `with ${carried.join(' and ')}` : 'without follow-ups or notes'].join(', ');
}

/**
 * Workshop bundles: one workshop and the people it refers to, in one file, so a co-facilitator's
 * laptop or a coordinator can merge it into theirs.
 */

export function createBundleService(options: { store: DataStore; host: DesktopHost; clock: Clock }) {
  const { store, host, clock } = options;
  /** The one bundle import the user is looking at. */
  let pending: PendingImport | undefined;
  /** A sealed bundle waiting for its passphrase. */
  let sealedFile: { token: string; fileName: string; bytes: Uint8Array } | undefined;

  const words = () => mergeWordsOf(store.settings.get());

  /** What importing `bundle` does to `local` (this computer's copy of its workshop, if any) and the registry as they are now. */
  function planOver(local: Workshop | undefined, bundle: Bundle, resolutions: Resolutions): WorkshopCopyMerge {
    const registry = store.participants.get();
    return mergeWorkshopCopy({
      registry: registry.participants,
      aliases: aliasesOf(registry.aliases),
      local,
      incoming: bundle,
      allowFullNames: store.settings.get().preferences.allowFullNames,
      resolutions,
      words: words(),
      now: clock.now().toISOString(),
    });
  }

  /** What importing `bundle` does to the data as it is now. */
  async function planFor(bundle: Bundle, resolutions: Resolutions): Promise<WorkshopCopyMerge> {
    return planOver(await store.workshops.get(bundle.workshop.id), bundle, resolutions);
  }

  async function exportBundle({
    workshopId,
    passphrase,
    include,
  }: {
    workshopId: string;
    passphrase?: string | undefined;
    include: BundleContents;
  }): Promise<SavedFile> {
    const workshop = await store.workshops.get(workshopId);
    if (!workshop) throw new AppFailure('not-found', { code: 'workshop-missing' });
    if (store.sealed && passphrase === undefined)
      throw new AppFailure('invalid-input', { code: 'bundle-needs-passphrase' }, [{ path: 'passphrase', rule: 'required' }]);
    return saveToChosenFile(
      host,
      workshop.title,
      'bundle',
      async () => {
        // The workshop as it is when the user has chosen where to save, not when the dialog opened.
        const current = (await store.workshops.get(workshopId)) ?? workshop;
        const bundle = buildBundle({
          workshop: current,
          registry: store.participants.get().participants,
          allowFullNames: store.settings.get().preferences.allowFullNames,
          exportedAt: clock.now().toISOString(),
          include,
        });
        const text = `${JSON.stringify(bundle, null, 2)}\n`;
        return passphrase === undefined ? text : sealWithPassphrase(Buffer.from(text, 'utf8'), passphrase);
      },
      {
        extension: BUNDLE_EXTENSION,
        // Exporting does not change the workshop itself, so its updatedAt stays: merges compare it.
        // The bundle carries full names only where Settings allow them.
        record: () =>
          recordExport(
            store,
            clock,
            [workshopId],
            bundleWhat(passphrase !== undefined, include),
            store.settings.get().preferences.allowFullNames ? 'names' : 'codes',
          ),
      },
    );
  }

  async function chooseImport(): Promise<BundlePreview> {
    pending = undefined;
    sealedFile = undefined;
    const path = await host.chooseFileToOpen('bundle');
    if (path === undefined) return { status: 'cancelled' };
    const fileName = basename(path);
    const read = await readChosenFile(path, MAX_BUNDLE_BYTES);
    if (!read.ok) return { status: 'invalid', fileName, problems: [read.refusal] };
    if (isPassphraseSealed(read.bytes)) {
      try {
        requireReasonableCost(read.bytes);
      } catch (error) {
        if (error instanceof UnreasonableSealCostError)
          return { status: 'invalid', fileName, problems: [{ code: 'bundle-seal-cost', params: { cost: error.cost } }] };
        throw error;
      }
      sealedFile = { token: randomUUID(), fileName, bytes: read.bytes };
      return { status: 'needs-passphrase', fileName, token: sealedFile.token };
    }
    return preview(fileName, read.bytes);
  }

  /** A sealed bundle, opened with the passphrase its sender chose. */
  async function openImport(input: { token: string; passphrase: string }): Promise<BundlePreview> {
    if (!sealedFile || sealedFile.token !== input.token) {
      throw new AppFailure('not-found', { code: 'bundle-open-expired' });
    }
    let bytes: Buffer;
    try {
      bytes = await openWithPassphrase(sealedFile.bytes, input.passphrase);
    } catch (error) {
      if (error instanceof WrongSecretError)
        throw new AppFailure('invalid-input', { code: 'bundle-wrong-passphrase' }, [{ path: 'passphrase', rule: 'does-not-open-bundle' }]);
      throw error;
    }
    const { fileName } = sealedFile;
    sealedFile = undefined;
    return preview(fileName, bytes);
  }

  async function preview(fileName: string, bytes: Uint8Array): Promise<BundlePreview> {
    const parsed = readBundle(bytes);
    if (!parsed.ok) return { status: 'invalid', fileName, problems: parsed.problems };
    const plan = await planFor(parsed.bundle, {});
    const token = randomUUID();
    pending = { token, bundle: parsed.bundle, plan };
    return {
      status: 'ready',
      fileName,
      token,
      workshopTitle: parsed.bundle.workshop.title,
      isNew: plan.isNew,
      changes: plan.changes,
      unchanged: plan.unchanged,
    };
  }

  /**
   * Applies the bundle with the user's choices, against the data as it is now (it may have changed
   * since the preview). People are written first: if the app stopped in between, the registry would
   * hold people no workshop refers to yet, never a workshop referring to people it lacks. `backUp`
   * runs only when the import changes something, before the first write.
   */
  async function confirmImport(input: { token: string; resolutions: Record<string, 'mine' | 'theirs'> }, backUp: BackUpFirst): Promise<BundleImportResult> {
    if (!pending || pending.token !== input.token) {
      throw new AppFailure('not-found', { code: 'bundle-import-expired' });
    }
    const { bundle } = pending;
    const workshopId = bundle.workshop.id;
    const plan = await planFor(bundle, input.resolutions);
    const count = (kind: 'add' | 'update' | 'conflict') => plan.changes.filter((change) => change.kind === kind).length;
    const result: BundleImportResult = { workshopId, added: count('add'), updated: count('update'), conflictsSettled: count('conflict') };
    if (plan.unchanged) {
      pending = undefined;
      return result;
    }
    // Kept until the backup is made: when it cannot be, the same preview can be confirmed again.
    await backUp();
    pending = undefined;

    const { additions, updates, clashes, aliases } = plan.participants;
    if (additions.length > 0 || updates.length > 0 || clashes.length > 0 || aliases.length > 0) {
      await store.participants.update((current) => {
        const participants = withParticipants(current.participants, updates, additions);
        const codeClashes = withCodeClashes(current.codeClashes, clashes, current.participants, participants);
        return withAliases({ ...current, participants, ...(codeClashes === undefined ? {} : { codeClashes }) }, aliases);
      });
    }
    if (!plan.workshopChanged) return result;
    if (plan.isNew && (await store.workshops.get(workshopId)) === undefined) {
      await store.workshops.save(plan.workshop);
    } else {
      await store.workshops.update(workshopId, (current) => planOver(current, bundle, input.resolutions).workshop);
    }
    return result;
  }

  return { exportBundle, chooseImport, openImport, confirmImport };
}

export type BundleService = ReturnType<typeof createBundleService>;
