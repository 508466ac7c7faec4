/** La vista de coordinación sobre muchos grupos: de quién es cada grupo, el filtro por sitio o facilitador, las reservas dobles. */
export const programViewText = {
  with: 'Con {{names}}',
  filter: {
    legend: 'Mostrar grupos',
    site: 'En el sitio',
    facilitator: 'Con el facilitador',
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
      'Un facilitador o un sitio tiene dos grupos a la misma hora. Abra cualquiera de los dos grupos para cambiar el encuentro de hora o a quién le toca dirigirlo.',
    group: '“{{title}}” con {{people}}, el {{date}}, {{time}}',
    groupAtSite: '“{{title}}” con {{people}} en {{site}}, el {{date}}, {{time}}',
    noFacilitator: 'sin facilitador asignado',
    open: 'Abrir “{{title}}”',
  },
  outcomesBySite: {
    caption: 'Cambio por sitio',
  },
};
