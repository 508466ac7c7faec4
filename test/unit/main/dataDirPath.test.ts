import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../electron/main/dataDirPath';

describe('data folder location', () => {
  it('uses --data-dir=PATH first', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir=/mnt/secure/data'], { FACILITATOR_DATA_DIR: '/env' }, '/user')).toBe('/mnt/secure/data');
  });
  it('accepts --data-dir PATH', () => {
    expect(resolveDataDir(['electron', '--data-dir', '/mnt/usb'], {}, '/user')).toBe('/mnt/usb');
  });
  it('then the FACILITATOR_DATA_DIR environment variable', () => {
    expect(resolveDataDir(['electron', '.'], { FACILITATOR_DATA_DIR: '/env/data' }, '/user')).toBe('/env/data');
  });
  it('else a data folder inside Electron userData', () => {
    expect(resolveDataDir(['electron', '.'], {}, '/home/me/.config/Facilitator')).toBe('/home/me/.config/Facilitator/data');
  });
});
