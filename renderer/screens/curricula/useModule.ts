import { useCallback } from 'react';
import { call } from '../../api';
import { useLoad } from '../../data/useLoad';

/** Loads one module of the library (with its sessions) by id. */
export function useModule(id: string) {
  const load = useCallback(() => call('curricula.get', { id }), [id]);
  return useLoad(load);
}
