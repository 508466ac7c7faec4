/** (Spanish) Cómo se comparte un taller con el programa, además del interruptor: retirado por otra laptop (issue 20). */
export const hubSharingText = {
  withdrawn:
    'Otra laptop retiró este taller del programa el {{date}}. Esta copia se queda aquí, con todas sus asistencias, y ya no se comparte. Si quieres que el programa lo vuelva a tener, compártelo otra vez.',
};
