import type { Message } from '../messages';

/** Something found at a path of a module after reading it (a translation's ids, a migration's assumption). */
export interface PathMessage {
  path: (string | number)[];
  message: Message;
}
