import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAbsenceReasons, defaultAttendanceStatuses, type AbsenceReason, type AttendanceStatus } from '../../../core/domain/attendance';
import { newSlugId } from '../../../core/domain/attendanceSettings';
import type { Settings } from '../../../core/domain/settings';
import { createDispatcher, createHandlers, type Dispatch } from '../../../electron/services';
import { createSettingsService } from '../../../electron/services/settingsService';
import { openDataDir, type DataStore } from '../../../electron/storage';
import { createFakeHost } from '../../support/fakeHost';

const present: AttendanceStatus = { id: 'present', key: 'p', label: 'Present', countsAsAttended: true, isAbsence: false };
const absent: AttendanceStatus = { id: 'absent', key: 'a', label: 'Absent', countsAsAttended: false, isAbsence: true };
const tardy: AttendanceStatus = { id: 'tardy', key: 't', label: 'Tardy', countsAsAttended: true, isAbsence: false };
const court: AbsenceReason = { id: 'court-date', label: 'Court date' };
const lockdown: AbsenceReason = { id: 'lockdown', label: 'Unit on lockdown' };

describe('attendance statuses and absence reasons in settings, on real files', () => {
  let dir: string;
  let store: DataStore;
  let dispatch: Dispatch;

  const settingsFile = () => join(dir, 'settings.json');
  const onDisk = async (): Promise<Settings> => JSON.parse(await readFile(settingsFile(), 'utf8')) as Settings;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'settings-attendance-'));
    store = await openDataDir({ dir });
    dispatch = createDispatcher(createHandlers(store, { version: '1.2.3', shippedModules: [], host: createFakeHost() }));
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('starts with the default statuses and reasons', async () => {
    const result = await dispatch('settings.get', undefined);
    expect(result).toMatchObject({ ok: true, value: { attendanceStatuses: defaultAttendanceStatuses, absenceReasons: defaultAbsenceReasons } });
  });

  it('saves the lists, in their order, to settings.json, and they are there after reopening the folder', async () => {
    const result = await dispatch('settings.setAttendance', { attendanceStatuses: [tardy, present, absent], absenceReasons: [lockdown, court] });
    expect(result).toMatchObject({ ok: true, value: { attendanceStatuses: [tardy, present, absent], absenceReasons: [lockdown, court] } });

    const saved = await onDisk();
    expect(saved.attendanceStatuses).toEqual([tardy, present, absent]);
    expect(saved.absenceReasons).toEqual([lockdown, court]);
    expect(saved.organisation).toEqual({ name: '' });

    await store.close();
    store = await openDataDir({ dir });
    expect(store.settings.get().attendanceStatuses.map((status) => status.id)).toEqual(['tardy', 'present', 'absent']);
  });

  it('allows removing a status that marks may use, keeping the other ids as they were', async () => {
    const withoutLate = defaultAttendanceStatuses.filter((status) => status.id !== 'late');
    const result = await dispatch('settings.setAttendance', { attendanceStatuses: withoutLate, absenceReasons: [] });
    expect(result.ok).toBe(true);
    expect((await onDisk()).attendanceStatuses.map((status) => status.id)).toEqual(['present', 'left-early', 'excused', 'absent']);
    expect((await onDisk()).absenceReasons).toEqual([]);
  });

  it('keeps labels trimmed', async () => {
    const service = createSettingsService(store.settings);
    await service.setAttendance({ attendanceStatuses: [{ ...present, label: '  Here  ' }], absenceReasons: [{ id: 'ill', label: ' Ill ' }] });
    expect((await onDisk()).attendanceStatuses[0]!.label).toBe('Here');
    expect((await onDisk()).absenceReasons[0]!.label).toBe('Ill');
  });

  describe('refuses, leaving the file untouched,', () => {
    let before: Buffer;
    beforeEach(async () => {
      await dispatch('settings.setOrganisation', { name: 'Before' });
      before = await readFile(settingsFile());
    });
    afterEach(async () => {
      expect(await readFile(settingsFile())).toEqual(before);
    });

    it('two statuses with the same key, naming the second one’s key field', async () => {
      const service = createSettingsService(store.settings);
      const clash = { ...tardy, key: 'p' };
      await expect(service.setAttendance({ attendanceStatuses: [present, absent, clash], absenceReasons: [] })).rejects.toMatchObject({
        code: 'invalid-input',
        issues: [{ path: 'attendanceStatuses[2].key', rule: 'key-taken', params: { label: 'Present' } }],
      });
      // The same through the app's front door: refused too.
      const result = await dispatch('settings.setAttendance', { attendanceStatuses: [present, absent, clash], absenceReasons: [] });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    });

    it('no status that counts as attended', async () => {
      const result = await dispatch('settings.setAttendance', { attendanceStatuses: [absent], absenceReasons: [] });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'attendanceStatuses' }] } });
      const service = createSettingsService(store.settings);
      await expect(service.setAttendance({ attendanceStatuses: [absent], absenceReasons: [] })).rejects.toMatchObject({
        issues: [{ path: 'attendanceStatuses', rule: 'none-attended' }],
      });
    });

    it('an empty label, naming the field', async () => {
      const result = await dispatch('settings.setAttendance', { attendanceStatuses: [present, { ...absent, label: '   ' }], absenceReasons: [] });
      expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'attendanceStatuses[1].label', rule: 'required' }] } });
      const reasons = await dispatch('settings.setAttendance', { attendanceStatuses: [present], absenceReasons: [court, { id: 'x', label: '' }] });
      expect(reasons).toMatchObject({ ok: false, error: { issues: [{ path: 'absenceReasons[1].label', rule: 'required' }] } });
    });

    it('two statuses or two reasons with the same label', async () => {
      const service = createSettingsService(store.settings);
      await expect(
        service.setAttendance({
          attendanceStatuses: [present, { ...tardy, label: 'present ' }],
          absenceReasons: [court, { id: 'court', label: 'Court Date' }],
        }),
      ).rejects.toMatchObject({
        issues: [
          { path: 'attendanceStatuses[1].label', rule: 'taken' },
          { path: 'absenceReasons[1].label', rule: 'taken' },
        ],
      });
    });

    it('a key that is not one letter or digit', async () => {
      const result = await dispatch('settings.setAttendance', { attendanceStatuses: [{ ...present, key: 'pr' }], absenceReasons: [] });
      expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'attendanceStatuses[0].key' }] } });
    });
  });
});

describe('ids of new statuses and reasons', () => {
  it.each([
    ['Court date', [], 'court-date'],
    ['  Facility lockdown / movement! ', [], 'facility-lockdown-movement'],
    ['Présent à l’heure', [], 'present-a-l-heure'],
    ['Court date', ['court-date'], 'court-date-2'],
    ['Court date', ['court-date', 'court-date-2'], 'court-date-3'],
    ['出席', [], 'status'],
    ['出席', ['status'], 'status-2'],
    ['A very long label that goes on and on well past forty characters', [], 'a-very-long-label-that-goes-on-and-on-we'],
    [
      'A very long label that goes on and on well past forty characters',
      ['a-very-long-label-that-goes-on-and-on-we'],
      'a-very-long-label-that-goes-on-and-on-2',
    ],
  ])('%s, with %j taken, is %s', (label, taken, expected) => {
    const id = newSlugId(label, taken, 'status');
    expect(id).toBe(expected);
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(id.length).toBeLessThanOrEqual(40);
  });
});
