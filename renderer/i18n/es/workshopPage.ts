/** The workshop page's sections and the strip with the next meeting above them. */
export const workshopPageText = {
  sections: {
    label: 'Secciones del taller',
    schedule: 'Horario',
    roster: 'Lista del grupo',
    attendance: 'Asistencia y finalización',
    records: 'Registros y exportaciones',
    surveys: 'Encuestas',
  },
  strip: {
    label: 'Estado y próximo encuentro',
    next: 'Próximo:',
    today: 'Hoy:',
    meeting: 'Encuentro {{number}}, {{date}}, {{time}}',
    open: 'Abrir',
    none: 'No hay encuentros por delante.',
  },
  dates: 'Fechas',
  archivedRecords: 'Su asistencia, los registros para imprimir y el paquete están en Registros y exportaciones.',
};
