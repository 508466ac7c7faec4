/**
 * `hub-membership.json`: this laptop's membership of a program hub (core/domain/hub/membership.ts),
 * its hub password and program keys included. Written durably and sealed like every data file (under
 * the data key when protection is on, and resealed with the rest when it is turned on or off). It is
 * not in backups: a restore must not bring back a password or keys the program has since changed,
 * and a lost membership is mended by joining again.
 *
 * `hub-connection.json`: the hub connection a coordinator saved before creating the program (its
 * password included), kept the same way until the program is made with it.
 */
import { hubConnectionSchema, type HubConnectionSaved } from '../../core/domain/hub/hubSettings';
import { hubMembershipSchema, type HubMembership } from '../../core/domain/hub/membership';
import { singleJsonFile, type SingleJsonFile, type SingleJsonFileOptions } from './singleJsonFile';

export const HUB_MEMBERSHIP_FILE = 'hub-membership.json';
export const HUB_CONNECTION_FILE = 'hub-connection.json';

export type HubMembershipFile = SingleJsonFile<HubMembership>;
export type HubConnectionFile = SingleJsonFile<HubConnectionSaved>;

export function hubMembershipFile(options: SingleJsonFileOptions): HubMembershipFile {
  return singleJsonFile(HUB_MEMBERSHIP_FILE, hubMembershipSchema, options);
}

export function hubConnectionFile(options: SingleJsonFileOptions): HubConnectionFile {
  return singleJsonFile(HUB_CONNECTION_FILE, hubConnectionSchema, options);
}
