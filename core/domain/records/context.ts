import type { Identification } from '../attendance';
import type { AttendanceStatus } from '../attendance';
import type { CivilDate } from '../calendar/civil';
import type { Language } from '../languages';
import type { Participant } from '../participants';
import type { OrganisationContact } from '../settings';

/** What every printable record is laid out from, besides its workshop. */
export interface RecordContext {
  organisation: string;
  /** How to reach the organisation, for letters and certificates. */
  contact: OrganisationContact;
  statuses: readonly AttendanceStatus[];
  /** The participant registry: codes, initials and names are read from it. */
  participants: readonly Participant[];
  identification: Identification;
  /** The language the record is printed in (the few words main writes into it, such as "(code)"). */
  language: Language;
  /** Today in the workshop's time zone: the day the record is made, and the day progress is judged on. */
  today: CivilDate;
}
