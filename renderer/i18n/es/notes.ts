/** (Spanish)  Warnings under free-text notes (session, activity and cancellation notes) that may hold what a young person said. */
export const notesText = {
  codes_one: 'This note names {{codes}}, who is on the roster. Notes are about the group and the session: leave out who.',
  codes_other: 'This note names {{codes}}, who are on the roster. Notes are about the group and the session: leave out who.',
  quote: 'This note reads like something a young person said. Write only that a follow-up is needed (Follow-ups), never what was said.',
};
