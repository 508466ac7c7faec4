/** Words shared by the planning screens: statuses, reasons and kinds stored in workshop files. */
export const planningText = {
  status: {
    planned: 'Planificado',
    running: 'Activo',
    finished: 'Terminado',
    archived: 'Archivado',
  },
  cancelReason: {
    lockdown: 'Cierre por seguridad',
    holiday: 'Día festivo',
    'facilitator-absent': 'Facilitador(a) ausente',
    other: 'Otro',
  },
  exitReason: {
    completed: 'Completó el taller',
    released: 'Salió en libertad',
    transferred: 'Trasladado(a)',
    withdrew: 'Se retiró',
    moved: 'Pasó a otro grupo',
  },
  meetingKind: {
    planned: 'Encuentro planificado',
    extra: 'Encuentro adicional',
    'make-up': 'Sesión de reposición',
    'catch-up': 'Repaso individual',
  },
  coverage: {
    one: 'Una sesión por encuentro',
    two: 'Dos sesiones por encuentro',
    split: 'Una sesión en dos encuentros',
  },
  part: 'parte {{part}} de 2',
  sessionNumber: 'Sesión {{number}}',
  conflict: {
    facilitator: '{{name}} tiene dos reservas a la vez: {{first}} y {{second}}.',
    site: '{{name}} tiene dos reservas a la vez: {{first}} y {{second}}.',
  },
  clockChange: {
    heading: 'Cambio de horario',
    skipped:
      'El {{date}} se adelantan los relojes, así que las {{time}} no existen en {{zone}}. Este encuentro será a las {{movedTo}}, corrido por el cambio, y los archivos de calendario dicen {{movedTo}}. Elige otra hora si no te conviene.',
    repeated:
      'El {{date}} se atrasan los relojes, así que las {{time}} pasan dos veces en {{zone}}. Este encuentro es a las primeras {{time}}, antes del cambio, y así lo dicen los archivos de calendario.',
  },
};
