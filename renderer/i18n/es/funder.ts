/** (Spanish)  The funder report: the form on Reports, the report page and its charts. */
export const funderText = {
  heading: 'Informe para financiadores',
  intro:
    'Cifras para entidades financiadoras y juntas directivas en un rango de fechas: talleres realizados, sesiones impartidas, participantes, asistencia y finalización, por módulo, sitio y público; lo que cambió entre las encuestas inicial y final; y cómo se impartió cada sesión. No nombra a nadie, y cualquier conteo de menos de cinco personas aparece como “<5”.',
  show: 'Ver el informe para financiadores',
  title: 'Informe para financiadores',
  back: 'Volver a Informes',
  range: 'Del {{from}} al {{to}}',
  saveCsv: 'Guardar como CSV…',
  savingCsv: 'Guardando el CSV…',
  savedCsv: 'Guardado en {{path}}',
  failedCsv: 'No se guardó el CSV. {{message}}',
  logged: 'Al guardarlo, queda anotado en el registro de cada taller que incluye. El informe no nombra a nadie.',
  loading: 'Sumando las cifras…',
  failed: 'No se pudo preparar el informe',
  empty: 'Ningún taller tuvo encuentros entre estas fechas, así que no hay nada que informar.',
  totals: 'Todos los talleres',
  figures: {
    workshopsHeld: 'Talleres realizados',
    sessions: 'Sesiones impartidas',
    sessionsValue: '{{delivered}} de {{planned}} planificadas',
    sessionsColumn: 'Sesiones impartidas / planificadas',
    sessionsCell: '{{delivered}} / {{planned}}',
    participants: 'Participantes',
    attendanceRate: 'Tasa de asistencia',
    finishers: 'Terminaron un taller',
    completed: 'Completaron',
    completionRate: 'Tasa de finalización',
    notShown: 'no se muestra',
  },
  byModule: 'Por módulo',
  bySite: 'Por sitio',
  byAudience: 'Por público',
  group: {
    module: 'Módulo',
    site: 'Sitio',
    audience: 'Público',
    noSite: 'Sin sitio indicado',
    noAudience: 'Sin público indicado',
  },
  charts: {
    attendance: 'Asistencia en cada encuentro de una serie',
    attendanceDescription:
      'La proporción de participantes esperados que asistieron al primer, segundo, tercer… encuentro de cada taller realizado en el rango.',
    meetingShort: '{{number}}',
    completion: 'Finalización por módulo',
    completionDescription: 'La proporción de personas que terminaron un taller de cada módulo en el rango y lo completaron.',
    fewer: 'menos de 5 personas',
    noData: 'No hubo ningún encuentro en el rango.',
    noFinishers: 'Ningún taller terminó en el rango.',
  },
  notes: {
    heading: 'Cómo se cuentan las cifras',
    held: 'Un encuentro cuenta como realizado si no se canceló y se pasó lista o se terminó la sesión.',
    sessions:
      'Las sesiones son las sesiones del módulo que cada taller cubrió en sus encuentros del rango: una sesión de reposición para unas pocas personas no vuelve a contar, y una sesión repartida en dos encuentros cuenta una sola vez.',
    participants:
      'Participantes son las distintas personas que asistieron al menos a un encuentro en el rango; alguien que está en dos talleres cuenta una sola vez.',
    attendance: 'La tasa de asistencia es asistencias ÷ esperadas, en los encuentros realizados, contando solo a las personas inscritas en cada fecha.',
    completion:
      'La finalización cuenta a las personas de la lista del grupo de cada taller que terminó en el rango; si alguien se cambió a otro taller, se cuenta allá.',
    small:
      'Para proteger la privacidad, los conteos de una a cuatro personas aparecen como “<5”, y no se muestran las tasas que se refieren a menos de cinco personas.',
  },
};
