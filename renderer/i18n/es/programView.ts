/** La vista de coordinación sobre muchos grupos: de quién es cada grupo, el filtro por sitio o facilitador, las reservas dobles. */
export const programViewText = {
  with: 'Con {{names}}',
  filter: {
    legend: 'Mostrar grupos',
    site: 'En el sitio',
    facilitator: 'Con facilitador(a)',
    all: 'Todos',
    shown_one: 'Se muestra {{shown}} de {{count}} encuentro.',
    shown_many: 'Se muestran {{shown}} de {{count}} encuentros.',
    shown_other: 'Se muestran {{shown}} de {{count}} encuentros.',
    clear: 'Mostrar todos los grupos',
  },
  doubleBookings: {
    heading_one: 'Una reserva doble en este periodo',
    heading_many: '{{count}} reservas dobles en este periodo',
    heading_other: '{{count}} reservas dobles en este periodo',
    intro:
      'Un(a) facilitador(a) o un sitio tiene dos grupos a la misma hora. Abre cualquiera de los dos grupos para cambiar el encuentro de hora o quién lo dirige.',
    group: '“{{title}}” con {{people}}, el {{date}}, {{time}}',
    groupAtSite: '“{{title}}” con {{people}} en {{site}}, el {{date}}, {{time}}',
    noFacilitator: 'sin facilitador(a) asignado(a)',
    open: 'Abrir “{{title}}”',
  },
  outcomesBySite: {
    caption: 'Cambio por sitio',
  },
};
