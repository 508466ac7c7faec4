/** Warnings under free-text notes (session, activity and cancellation notes) that may hold what a young person said. */
export const notesText = {
  codes_one: 'Esta nota nombra a {{codes}}, que está en la lista del grupo. Las notas son sobre el grupo y la sesión: no pongas quién.',
  codes_many: 'Esta nota nombra a {{codes}}, que están en la lista del grupo. Las notas son sobre el grupo y la sesión: no pongas quién.',
  codes_other: 'Esta nota nombra a {{codes}}, que están en la lista del grupo. Las notas son sobre el grupo y la sesión: no pongas quién.',
  quote: 'Esta nota parece algo que dijo un(a) joven. Escribe solo que hace falta un seguimiento (Seguimientos), nunca lo que se dijo.',
};
