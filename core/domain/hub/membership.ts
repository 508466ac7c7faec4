/**
 * This laptop's membership of a program, as main keeps it (sealed in the data folder, never sent to
 * the renderer whole): where the hub is, who this laptop is on it and its password, the program and
 * its keys by epoch, and this member's own key pair (for the program keys wrapped for it).
 */
import { z } from 'zod';
import { hubPasswordSchema, hubSettingsSchema } from './hubSettings';
import { programIdentitySchema, programKeySchema } from './joinFile';
import { programListsSchema } from './programLists';

export const HUB_MEMBERSHIP_VERSION = 1;

export const hubMembershipSchema = z.strictObject({
  schemaVersion: z.literal(HUB_MEMBERSHIP_VERSION),
  /** The coordinator made the program (and may add and revoke members); a member joined it with a file. */
  role: z.enum(['coordinator', 'member']),
  hub: hubSettingsSchema,
  password: hubPasswordSchema,
  program: programIdentitySchema,
  /** Every program key this laptop has held, oldest first: documents sealed under an older epoch still open. */
  keys: z.array(programKeySchema).min(1),
  memberKeys: z.strictObject({ publicKey: z.string().min(1), privateKey: z.string().min(1) }),
  joinedAt: z.iso.datetime(),
  /**
   * The workshops this laptop shares with the program: made here and shared, or received from the hub.
   * Kept with the membership (not in the workshop) so leaving forgets it with the keys, and a restored
   * backup never starts sharing again on its own.
   */
  shared: z
    .array(
      z.strictObject({
        workshopId: z.string().min(1).max(100),
        from: z.enum(['here', 'program']),
        /**
         * Deleted here (a purge, say) and still to be withdrawn from the hub: kept until the hub's copy is
         * deleted, so a deletion made while the hub is out of reach, or the engine not running, is never
         * undone by the program's copy coming back.
         */
        withdraw: z.literal(true).optional(),
      }),
    )
    .max(100_000)
    .optional(),
  /**
   * The program's shared lists as this laptop last shared or received them (each entry with its change
   * time), and the ids of entries the program removed that stay here because a workshop here names
   * them: what a settings change is compared with. Kept with the membership so leaving forgets it.
   */
  lists: z.strictObject({ program: programListsSchema, keptHere: z.array(z.string().max(100)).max(15_000) }).optional(),
});

export type HubMembership = z.output<typeof hubMembershipSchema>;

/** The workshops this laptop shares: those deleted here and still to be withdrawn are not. */
export function sharedWorkshopsOf(membership: HubMembership): NonNullable<HubMembership['shared']> {
  return (membership.shared ?? []).filter((entry) => entry.withdraw !== true);
}

/** The program key of `epoch` (base64), when this laptop holds it. */
export function programKeyOf(membership: HubMembership, epoch: number): string | undefined {
  return membership.keys.find((key) => key.epoch === epoch)?.key;
}

/** What may be shown of a membership: never the password or a key. */
export interface HubConnectionView {
  address: string;
  database: string;
  userName: string;
  role: HubMembership['role'];
  programName: string;
  /** The newest program key epoch this laptop holds. */
  epoch: number;
}

export function connectionView(membership: HubMembership): HubConnectionView {
  const { address, database, userName } = membership.hub;
  return { address, database, userName, role: membership.role, programName: membership.program.name, epoch: currentProgramKey(membership).epoch };
}

/** A member as the coordinator sees them: joined once their laptop has published its key. */
export interface ProgramMember {
  userName: string;
  joined: boolean;
  /** The newest program key epoch wrapped for them, once joined. */
  epoch?: number;
}

/** The newest program key this laptop holds: what everything is sealed under from now on. */
export function currentProgramKey(membership: HubMembership): HubMembership['keys'][number] {
  return membership.keys.reduce((newest, key) => (key.epoch > newest.epoch ? key : newest));
}
