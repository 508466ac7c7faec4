/** Las listas compartidas del programa: lo que dice de ellas Configuración › Hub del programa, y la línea en las páginas de lugares, facilitadores y recursos. */
export const programListsText = {
  heading: 'Listas compartidas',
  intro:
    'Los lugares, facilitadores y recursos locales son los mismos en todas las laptops del programa: un cambio que guardas en una llega a las demás cuando se sincronizan. Si un taller de esta laptop nombra un lugar o a un facilitador, se queda aquí aunque el programa lo quite.',
  loading: 'Cargando las listas del programa…',
  loadFailed: 'No se pudieron cargar las listas del programa. {{message}}',
  sites: 'Lugares',
  facilitators: 'Facilitadores',
  resources: 'Recursos locales',
  count_one: '{{count}} en el programa',
  count_many: '{{count}} en el programa',
  count_other: '{{count}} en el programa',
  modulesHeading: 'Módulos en uso',
  modulesIntro:
    'Los módulos con los que se planearon los talleres compartidos del programa. No se instala nada por sí solo: un taller que recibes se abre igual, porque trae su módulo. Para planear un grupo nuevo con uno de ellos, impórtalo en Currículos.',
  noModules: 'Todavía no hay ningún taller compartido con el programa.',
  moduleVersion: '{{title}}, versión {{version}}',
  onThisLaptop: 'Está en esta laptop',
  notOnThisLaptop: 'No está en esta laptop',
  otherVersionHere: 'No está en esta laptop (sí está la versión {{versions}})',
  refused: 'Las listas del programa que se encontraron por última vez en el hub no se tomaron, y no se cambió nada en Configuración:',
  sharedNote: 'Se comparte con el programa {{program}}: un cambio que guardas aquí llega a sus demás laptops cuando se sincronizan.',
};
