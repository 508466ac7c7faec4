/** Elegir idiomas: el de la app (Configuración › Idioma), el de cada grupo y el de lo que se imprime, se proyecta o se exporta. */
export const languagesText = {
  settings: {
    heading: 'Idioma',
    label: 'Idioma de la app',
    hint: 'Todas las pantallas cambian al momento. Los talleres nuevos y los archivos que exporte empiezan en este idioma; cada taller puede tener su propio idioma para lo que el grupo ve y se lleva a casa.',
  },
  workshop: {
    label: 'Idioma del grupo',
    hint: 'La pantalla del proyector, los materiales, las hojas de asistencia, las cartas y los certificados salen en este idioma, a menos que elija otro al imprimir.',
  },
  print: {
    label: 'Idioma de la página',
  },
  exports: {
    label: 'Idioma del archivo',
    hint: 'Los encabezados de las columnas y las etiquetas se escriben en este idioma. Lo que se escribió a mano, como títulos y nombres, queda tal cual.',
  },
};
