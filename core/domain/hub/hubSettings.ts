/**
 * The program hub's settings: where the hub is (its address and the program's database) and who this
 * laptop is on it (a CouchDB user name). The password is kept apart, sealed, and never shown back.
 *
 * The address is an origin and nothing more: https, or plain http only for this computer's own
 * loopback address (a hub in a test, or a tunnel). A path, query or user name in it would be sent
 * somewhere other than the hub the person meant, so each is refused with its own rule.
 */
import { z } from 'zod';
import { ruleOf, type FieldIssue } from '../issues';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** CouchDB's own rule for a database name (its documentation, "PUT /{db}"), at most 238 characters. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;
export const MAX_DATABASE_NAME = 238;
export const MAX_HUB_USER_NAME = 64;

function parsedAddress(address: string): URL | undefined {
  try {
    return new URL(address.trim());
  } catch {
    return undefined;
  }
}

/** What is wrong with a hub address, as a field rule; undefined for an allowed one. */
export function hubAddressProblem(address: string): Omit<FieldIssue, 'path'> | undefined {
  const url = parsedAddress(address);
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') return { rule: 'hub-not-an-address' };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return { rule: 'hub-not-https' };
  if (url.username !== '' || url.password !== '') return { rule: 'hub-address-credentials' };
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') return { rule: 'hub-address-path' };
  return undefined;
}

/** True for an address the hub may be reached at: https, or http on loopback; an origin with nothing after it. */
export function isAllowedHubAddress(address: string): boolean {
  return hubAddressProblem(address) === undefined;
}

/** The address as the hub module uses it: its origin (`https://hub.example.org:6984`), no trailing slash. */
export function hubOrigin(address: string): string {
  const url = parsedAddress(address);
  if (url === undefined || !isAllowedHubAddress(address)) throw new Error('Not an allowed hub address.');
  return url.origin;
}

/** A CouchDB user name: not empty, not `_`-led (CouchDB reserves those), no colon (it splits Basic credentials), no control characters. */
export function hubUserNameProblem(name: string): Omit<FieldIssue, 'path'> | undefined {
  if (name.length === 0) return { rule: 'required' };
  if (name.length > MAX_HUB_USER_NAME) return { rule: 'too-long', params: { maximum: MAX_HUB_USER_NAME } };
  if (name.startsWith('_') || name.includes(':') || /[\u0000-\u001f\u007f]/.test(name) || name.trim() !== name) return { rule: 'hub-user-name' };
  return undefined;
}

export const hubAddressSchema = z
  .string()
  .max(2048)
  .superRefine((address, context) => {
    if (address.trim() === '') {
      context.addIssue({ code: 'custom', message: 'is required', ...ruleOf({ rule: 'required' }) });
      return;
    }
    const problem = hubAddressProblem(address);
    if (problem) context.addIssue({ code: 'custom', message: `hub address: ${problem.rule}`, ...ruleOf(problem) });
  })
  // A refused address is left as typed (its issue stands): zod runs the transform after a refinement's issue too.
  .transform((address) => (isAllowedHubAddress(address) ? hubOrigin(address) : address));

export const hubDatabaseSchema = z
  .string()
  .min(1)
  .max(MAX_DATABASE_NAME)
  .refine((name) => DATABASE_NAME.test(name), { message: 'not a CouchDB database name', ...ruleOf({ rule: 'hub-database-name' }) });

export const hubUserNameSchema = z.string().superRefine((name, context) => {
  const problem = hubUserNameProblem(name);
  if (problem) context.addIssue({ code: 'custom', message: `hub user name: ${problem.rule}`, ...ruleOf(problem) });
});

/** Where the hub is and who this laptop is on it (the password is stored apart, sealed). */
export const hubSettingsSchema = z.strictObject({
  address: hubAddressSchema,
  database: hubDatabaseSchema,
  userName: hubUserNameSchema,
});

export type HubSettings = z.output<typeof hubSettingsSchema>;

/** A hub password: what CouchDB accepts, within reason. Never shown back, never logged. */
export const hubPasswordSchema = z.string().min(1).max(1024);

/** A connection saved before a program is made with it (a coordinator's), its password included. Never sent to the renderer whole. */
export const hubConnectionSchema = hubSettingsSchema.extend({ password: hubPasswordSchema });

export type HubConnectionSaved = z.output<typeof hubConnectionSchema>;
