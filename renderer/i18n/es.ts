/**
 * Spanish text for every screen, with the same shape as the English reference (`en.ts`).
 * Written as a bilingual facilitator in Los Angeles writes: "tú" to young people and in the facilitator's own
 * interface, "usted" in letters to courts, schools and families. Plural keys add `_many` next to `_other`
 * (Spanish has one/many/other).
 *
 * Glossary (hold these terms everywhere; also in /work/prompts/s22/glossary.md while the team translates):
 *   workshop = taller · session (of a curriculum) = sesión · meeting (a date the group meets) = encuentro
 *   attendance = asistencia (take attendance = pasar lista) · roster = lista del grupo · registry = registro
 *   facilitator = facilitador(a), pl. facilitadores · role = rol · participant = participante
 *   young person / youth = joven / jóvenes · code = código · initials = iniciales · enrol = inscribir
 *   make-up session = sesión de reposición · one-to-one catch-up = repaso individual
 *   curriculum = currículo · module = módulo · handout = hoja · presenter screen = pantalla de presentación
 *   run of show = guion de la sesión · prompt = pregunta para el grupo · site = sitio
 *   local resources = recursos locales · hotline = línea de ayuda · backup = copia de seguridad
 *   booking conflict = cruce de horarios · follow-up = seguimiento · settings = Configuración · lock = Bloquear
 */
import type { Translation } from './en';
import { attendanceText } from './es/attendance';
import { backupsText } from './es/backups';
import { calendarText } from './es/calendar';
import { programViewText } from './es/programView';
import { exportsText } from './es/exports';
import { funderText } from './es/funder';
import { outcomesText } from './es/outcomes';
import { moduleFieldsText } from './es/moduleFields';
import { instrumentsText } from './es/instruments';
import { moduleLanguagesText } from './es/moduleLanguages';
import { languagesText } from './es/languages';
import { messagesText } from './es/messages';
import { notesText } from './es/notes';
import { participantsText } from './es/participants';
import { planningText } from './es/planning';
import { printText } from './es/print';
import { progressText } from './es/progress';
import { protectionText } from './es/protection';
import { rolePickerText } from './es/rolePicker';
import { runText } from './es/run';
import { settingsPagesText } from './es/settingsPages';
import { hubText } from './es/hub';
import { programListsText } from './es/programLists';
import { hubSharingText } from './es/hubSharing';
import { participantCodesText } from './es/participantCodes';
import { todayText } from './es/today';
import { workshopText } from './es/workshop';
import { surveysText } from './es/surveys';
import { workshopPageText } from './es/workshopPage';
import { workshopsText } from './es/workshops';

// Declared apart from `es` below because their `_many` plural keys are extra to the English shape,
// which an object literal typed `Translation` would refuse.
const curriculaText = {
  intro:
    'Módulos del currículo con los que puedes planificar talleres. Cada uno es una guía para facilitadores: sesiones, actividades con tiempos y notas. Filtra según a quién va dirigido cada módulo, o importa los tuyos.',
  loading: 'Cargando la biblioteca…',
  loadFailed: 'No se pudo cargar la biblioteca. {{message}}',
  loadingModule: 'Cargando el módulo…',
  notFound: 'Este módulo no está en tu biblioteca',
  moduleFailed: 'No se pudo cargar este módulo',
  backToLibrary: 'Volver a la biblioteca de currículos',
  planWorkshop: 'Planificar un taller con este módulo',
  backToModule: 'Volver a {{title}}',
  sessionNotFound: 'Esta sesión no está en el módulo',
  breadcrumb: 'Dónde estás',
  countAll_one: '{{count}} módulo',
  countAll_many: '{{count}} módulos',
  countAll_other: '{{count}} módulos',
  countFiltered_one: '{{count}} de {{total}} módulos coincide',
  countFiltered_many: '{{count}} de {{total}} módulos coinciden',
  countFiltered_other: '{{count}} de {{total}} módulos coinciden',
  noMatch: 'Ningún módulo coincide con estos filtros. Amplía la búsqueda o borra los filtros.',
  modeledOnShort: 'Basado en {{program}}',
  inferred: 'Estructura deducida',
  imported: 'Importado · versión {{version}}',
  shipped: 'Viene con la app · versión {{version}}',
  minutes_one: '{{count}} min',
  minutes_many: '{{count}} min',
  minutes_other: '{{count}} min',
  minutesRange: '{{min}}–{{max}} min',
  typicalLength: '{{sessions}} de {{length}}, {{pace}}',
  sessionCount_one: '{{count}} sesión',
  sessionCount_many: '{{count}} sesiones',
  sessionCount_other: '{{count}} sesiones',
  perWeek_one: 'una vez por semana',
  perWeek_many: '{{count}} por semana',
  perWeek_other: '{{count}} por semana',
  perWeekRange: '{{min}}–{{max}} por semana',
  ages: 'De {{min}} a {{max}} años',
  groupSize: 'De {{min}} a {{max}} jóvenes',
  joining: {
    closed: 'Grupo cerrado: el mismo grupo de jóvenes de principio a fin',
    open: 'Grupo abierto: pueden entrar jóvenes en cualquier momento',
    'closed-after_one': 'Pueden entrar jóvenes hasta la sesión {{count}}; después, el grupo se cierra',
    'closed-after_many': 'Pueden entrar jóvenes hasta la sesión {{count}}; después, el grupo se cierra',
    'closed-after_other': 'Pueden entrar jóvenes hasta la sesión {{count}}; después, el grupo se cierra',
  },
  required: 'obligatorio',
  optionalRole: 'opcional',
  optionalSession: 'sesión opcional',
  sessionTitle: 'Sesión {{number}}: {{title}}',
  sessionNumber: 'la sesión {{number}}',
  independentOutline:
    'Una guía independiente basada en la descripción pública de {{program}} ({{organisation}}). No es el programa con licencia ni sus materiales.',
  structureInferred: 'Deducida por quienes escribieron el módulo: la estructura de sesiones del programa no es pública.',
  structurePublished: 'Sigue el formato publicado del programa; el contenido de las sesiones es propio del módulo.',
  filters: {
    label: 'Filtrar la biblioteca',
    audience: 'Para quién es',
    age: 'Edad',
    setting: 'Entorno',
    any: 'Cualquiera',
    clear: 'Borrar filtros',
  },
  facts: {
    audience: 'Público',
    settings: 'Entornos',
    length: 'Duración',
    sessions: 'Sesiones',
    groupSize: 'Tamaño del grupo',
    group: 'Grupo',
    confidence: 'Qué se sabe públicamente',
    structure: 'Estructura de sesiones',
  },
  genderFocus: {
    girls: 'Chicas',
    boys: 'Chicos',
    'all-genders': 'Todos los géneros',
  },
  confidence: {
    high: 'Se sabe mucho públicamente de este programa',
    medium: 'Se sabe algo públicamente de este programa',
    low: 'Se sabe poco públicamente de este programa',
  },
  completion: {
    minimumSessions_one: 'Al menos {{count}} de las {{total}} sesiones',
    minimumSessions_many: 'Al menos {{count}} de las {{total}} sesiones',
    minimumSessions_other: 'Al menos {{count}} de las {{total}} sesiones',
    minimumPercent: 'Al menos el {{percent}}% de las {{total}} sesiones',
    withRequired: '{{minimum}}, entre ellas {{required}}.',
  },
  components: {
    safetyPlanning: 'Plan de seguridad',
    collaboration: 'Colaboración entre sistemas',
    trustBuilding: 'Confianza y relaciones',
    culturalResponsiveness: 'Culturalmente pertinente',
    traumaInformed: 'Con enfoque en el trauma',
    survivorInvolvement: 'Participación de sobrevivientes',
  },
  module: {
    overview: 'Resumen',
    audiences: 'Para quién es',
    delivery: 'Cómo funciona',
    roles: 'Roles de facilitación',
    completion: 'Completar el módulo',
    components: 'Los seis componentes de los servicios prometedores',
    componentsIntro: 'Cómo apoya este módulo cada componente.',
    sessions: 'Sesiones',
    source: 'De dónde viene',
    sources: 'Fuentes públicas',
  },
  session: {
    contentNotice: 'Aviso sobre el contenido',
    topics: 'Temas',
    objectives: 'Objetivos',
    materials: 'Materiales',
    noMaterials: 'No hacen falta materiales.',
    preparation: 'Preparación',
    noPreparation: 'No hace falta preparación especial.',
    runOfShow: 'Guion de la sesión',
    optionalActivity: 'opcional',
    prompt: 'Pregunta para el grupo',
    facilitatorNotes: 'Notas para facilitadores',
    traumaNotes: 'Notas con enfoque en el trauma',
    resources: 'Recursos locales',
    noResources: 'Todavía no hay recursos locales.',
    addResources: 'Agrégalos en Configuración.',
    adaptable: 'adaptable',
    adaptableHint: 'Se puede cambiar u omitir según el grupo; las actividades centrales sostienen el programa.',
  },
  inferredMarks: {
    badge: 'deducido',
    heading: 'Lo que se dedujo',
    help: 'Son decisiones razonadas de quien escribió el módulo, no datos públicos sobre el programa.',
    lastChecked: 'revisado el {{date}}',
  },
  catchUp: {
    heading: 'Repaso individual ({{minutes}} min)',
    help: 'Para un(a) joven que faltó a esta sesión: los puntos clave, en un encuentro corto a solas.',
  },
  handouts: {
    heading: 'Hojas',
    help: 'Imprímelas desde aquí. Las hojas para jóvenes también se pueden mostrar en la pantalla de presentación durante la sesión. Una hoja nunca lleva el nombre ni el código de un(a) joven.',
    youth: 'Para jóvenes',
    facilitator: 'Solo para facilitadores',
    read: 'Leer “{{title}}”',
    print: 'Imprimir o guardar “{{title}}”',
    printTitle: 'Hoja',
    notFound: 'Este módulo no tiene esa hoja.',
    forFacilitators: 'Para facilitadores: no se reparte.',
    backToSession: 'Volver a la sesión {{number}}: {{title}}',
    backToModule: 'Volver al módulo',
    show: 'Mostrar “{{title}}” en la pantalla',
    stopShowing: 'Dejar de mostrar “{{title}}”',
    onPresenter: 'La pantalla de presentación muestra la hoja en lugar de la actividad.',
  },
  activityKinds: {
    'check-in': 'Ronda de inicio',
    grounding: 'Ejercicio de calma',
    discussion: 'Conversación',
    activity: 'Actividad',
    media: 'Video o audio',
    reflection: 'Reflexión',
    break: 'Descanso',
    closing: 'Cierre',
  },
  print: {
    print: 'Imprimir…',
    savePdf: 'Guardar como PDF…',
    saving: 'Guardando el PDF…',
    saved: 'Guardado en {{path}}',
    failed: 'No se guardó el PDF. {{message}}',
  },
  import: {
    heading: 'Importar un módulo',
    choose: 'Importar un módulo…',
    hint: 'Elige un archivo de módulo (.yaml). No se agrega nada hasta que confirmes.',
    checking: 'Revisando el archivo…',
    failed: 'No se importó el módulo. {{message}}',
    done: '“{{title}}” (versión {{version}}) ya está en tu biblioteca.',
    invalidHeading_one: '{{file}} tiene {{count}} problema, así que no se importó nada',
    invalidHeading_many: '{{file}} tiene {{count}} problemas, así que no se importó nada',
    invalidHeading_other: '{{file}} tiene {{count}} problemas, así que no se importó nada',
    invalidHelp: 'Corrígelos en el archivo y vuelve a importarlo. Las líneas se cuentan desde el principio del archivo.',
    line: 'Línea {{line}}, columna {{column}}',
    wholeFile: 'El archivo',
    pathSession: 'Sesión {{number}}',
    pathActivity: 'actividad {{number}}',
    pathItem: '{{name}} (elemento {{number}})',
    unchangedHeading: '{{file}} ya está en tu biblioteca',
    refusedHeading: 'No se importó {{file}}',
    newHeading: '¿Agregar “{{title}}” a tu biblioteca?',
    upgradeHeading: '¿Actualizar “{{title}}” de la versión {{from}} a la {{to}}?',
    upgradeHelp: 'Los talleres ya planificados se quedan con la versión con la que se planificaron. Los talleres nuevos usan la versión nueva.',
    confirmNew: 'Agregar a la biblioteca',
    confirmUpgrade: 'Actualizar el módulo',
    migratedHeading: 'Escrito en un formato de módulo anterior',
    migratedHelp: 'El archivo se puede importar tal como está. Para leerlo, la app supuso lo siguiente; revísalo y actualiza el archivo cuando puedas.',
  },
  remove: {
    heading: 'Quitar este módulo',
    help: 'Tú importaste este módulo, así que puedes quitarlo. Los talleres planificados con él conservan su propia copia.',
    button: 'Quitar “{{title}}”…',
    confirm: '¿Quitar “{{title}}” de tu biblioteca?',
  },
};

const settingsText = {
  intro: 'Cada cambio se guarda en cuanto lo haces.',
  loading: 'Cargando la configuración…',
  loadFailed: 'No se pudo cargar la configuración. {{message}}',
  organisation: {
    heading: 'Organización',
    nameLabel: 'Nombre de la organización',
    nameHint: 'Aparece arriba en la app. Se guarda al salir del campo o al presionar Enter.',
    contactHeading: 'Datos de contacto',
    contactHelp:
      'Se imprime en las cartas de asistencia y los certificados, que invitan a hacer preguntas solo si aquí hay un contacto. Cada campo se guarda al salir de él.',
    phoneLabel: 'Teléfono',
    emailLabel: 'Correo electrónico',
    addressLabel: 'Dirección',
  },
  firstRun: {
    heading: '“Para empezar” en Hoy',
    label: 'Mostrar la lista “Para empezar” en Hoy',
    hint: 'La lista de primeros pasos. “Ocultar esta lista” en Hoy la desactiva; marca esta casilla para volver a mostrarla. Desaparece sola cuando completas todos los pasos.',
  },
  exportFolder: {
    heading: 'Carpeta de exportación',
    current: 'Dónde se guardan primero las exportaciones: {{folder}}',
    none: 'Todavía no la elegiste: se te pregunta la primera vez que guardes.',
    hint: 'Las ventanas de guardar se abren en la carpeta que elegiste la primera vez. Si esa carpeta se comparte o se sincroniza con la nube, olvídala: la próxima vez se abre tu carpeta personal y se te vuelve a preguntar.',
    forget: 'Olvidar esta carpeta',
  },
  facilitators: {
    heading: 'Facilitadores',
    intro: 'Las personas que dirigen tus grupos y los roles que pueden tener.',
    empty: 'Todavía no hay facilitadores.',
    addHeading: 'Agregar facilitador(a)',
    add: 'Agregar facilitador(a)',
    nameLabel: 'Nombre',
    rolesLegend: 'Roles',
    rolesHint: 'Elige al menos uno.',
    rolesSubject: 'Sus roles',
    editNamed: 'Editar a {{name}}',
    editHeading: 'Editar a {{name}}',
    removeNamed: 'Quitar a {{name}}',
    confirmRemove: '¿Quitar a {{name}} de los facilitadores? No se puede deshacer.',
  },
  roles: {
    lead: 'Facilitador(a) principal',
    'co-facilitator': 'Cofacilitador(a)',
    clinician: 'Terapeuta',
    'survivor-mentor': 'Mentor(a) sobreviviente',
    educator: 'Maestro(a) o educador(a)',
    'note-taker': 'Encargado(a) de notas',
    observer: 'Observador(a)',
  },
  sites: {
    heading: 'Sitios',
    intro: 'Los lugares donde se reúnen tus grupos.',
    empty: 'Todavía no hay sitios.',
    addHeading: 'Agregar un sitio',
    add: 'Agregar sitio',
    nameLabel: 'Nombre del sitio',
    kindLabel: 'Tipo de sitio',
    editNamed: 'Editar {{name}}',
    editHeading: 'Editar {{name}}',
    removeNamed: 'Quitar {{name}}',
    confirmRemove: '¿Quitar el sitio {{name}}? No se puede deshacer.',
  },
  siteKinds: {
    school: 'Escuela',
    community: 'Comunidad',
    detention: 'Centro de detención',
    'long-term-secure-care': 'Custodia segura a largo plazo',
    'group-or-foster-home': 'Hogar grupal o de crianza',
    'residential-treatment': 'Tratamiento residencial',
    clinic: 'Clínica',
  },
  resources: {
    heading: 'Recursos locales',
    intro: 'Líneas de ayuda, defensores y agencias a quienes pueden acudir las y los jóvenes. Se muestran en el cierre de cada sesión y se pueden imprimir.',
    empty: 'Todavía no hay recursos locales.',
    addHeading: 'Agregar un recurso',
    add: 'Agregar recurso',
    nameLabel: 'Nombre',
    contactLabel: 'Teléfono o línea de texto',
    hoursLabel: 'Horario',
    notesLabel: 'Notas',
    contactShown: 'Contacto: {{contact}}',
    hoursShown: 'Horario: {{hours}}',
    editNamed: 'Editar {{name}}',
    editHeading: 'Editar {{name}}',
    removeNamed: 'Quitar {{name}}',
    confirmRemove: '¿Quitar el recurso {{name}}? No se puede deshacer.',
  },
  privacy: {
    heading: 'Privacidad',
    fullNamesLabel: 'Permitir los nombres completos de participantes',
    fullNamesHint:
      'Desactivado salvo que lo actives. A cada participante se le conoce por un código del programa y, si quieres, sus iniciales. Actívalo solo si tu programa exige nombres completos.',
    eraseOffer:
      'Los nombres completos están desactivados. Los nombres guardados hasta ahora siguen en los registros y en las copias de seguridad. ¿Borrarlos ahora? Los códigos, las iniciales y los historiales se quedan.',
    erase: 'Borrar todos los nombres completos guardados',
    keep: 'Conservarlos',
    erasing: 'Borrando…',
    erased_one: 'Se borró {{count}} nombre completo, de los registros y de todas las copias de seguridad.',
    erased_many: 'Se borraron {{count}} nombres completos, de los registros y de todas las copias de seguridad.',
    erased_other: 'Se borraron {{count}} nombres completos, de los registros y de todas las copias de seguridad.',
    erasedSecondPending:
      'Ahora no se puede llegar a las copias de la segunda carpeta: los nombres de ahí se borran la próxima vez que conectes la unidad con la app abierta.',
    eraseFailed: 'No se borraron los nombres. {{message}}',
  },
  attendance: {
    heading: 'Asistencia',
    intro:
      'Lo que puedes marcar para cada joven en una sesión, la tecla que lo marca y los motivos que puede tener una ausencia. Se ofrecen en el orden que ves aquí.',
    changesNote:
      'Si cambias una etiqueta, cambia en todas partes, también en sesiones pasadas. Si quitas un estado, las marcas hechas con él se conservan y aparecen como “(estado quitado)”.',
    moveUp: 'Subir',
    moveDown: 'Bajar',
    moved: '{{name}} ahora es el número {{position}} de {{count}}.',
    statuses: {
      heading: 'Estados',
      addHeading: 'Agregar un estado',
      add: 'Agregar estado',
      labelLabel: 'Etiqueta',
      keyLabel: 'Tecla',
      keyHint: 'Una letra o un número, que presionas para marcar este estado al pasar lista.',
      keyHintInUse: 'Una letra o un número, que presionas para marcar este estado al pasar lista. Ya en uso: {{keys}}.',
      countsLabel: 'Cuenta como asistencia',
      countsHint: 'Cuenta para las sesiones que necesita un(a) joven para completar un taller.',
      absenceLabel: 'Es una ausencia (pide un motivo)',
      keyShown: 'Tecla',
      counts: 'Cuenta como asistencia',
      notCounts: 'No cuenta como asistencia',
      asksReason: 'Una ausencia: pide un motivo',
      noneAttended: 'Al menos un estado tiene que contar como asistencia.',
      keyTaken: 'ya la usa “{{name}}”',
      labelTaken: 'ya la usa otro estado',
      editNamed: 'Editar {{name}}',
      editHeading: 'Editar el estado “{{name}}”',
      removeNamed: 'Quitar {{name}}',
      moveUpNamed: 'Subir {{name}}',
      moveDownNamed: 'Bajar {{name}}',
      confirmRemove: '¿Quitar el estado “{{name}}”? Las marcas ya hechas con él se quedan en los registros y aparecen como “(estado quitado)”.',
      cannotRemove: 'No se puede quitar “{{name}}”: es el único estado que cuenta como asistencia. Primero marca otro estado para que cuente.',
    },
    reasons: {
      heading: 'Motivos de una ausencia',
      intro: 'Se ofrecen cuando un estado es una ausencia. Registra solo el motivo, nunca detalles del caso de un(a) joven.',
      empty: 'Todavía no hay motivos: las ausencias se marcan sin motivo.',
      addHeading: 'Agregar un motivo',
      add: 'Agregar motivo',
      labelLabel: 'Motivo',
      labelTaken: 'ya lo usa otro motivo',
      editNamed: 'Editar {{name}}',
      editHeading: 'Editar el motivo “{{name}}”',
      removeNamed: 'Quitar {{name}}',
      moveUpNamed: 'Subir {{name}}',
      moveDownNamed: 'Bajar {{name}}',
      confirmRemove: '¿Quitar el motivo “{{name}}”? Ya no se va a ofrecer. Las ausencias ya marcadas con él siguen marcadas.',
    },
  },
};

export const es: Translation = {
  workshops: workshopsText,
  workshop: workshopText,
  workshopPage: workshopPageText,
  surveys: surveysText,
  rolePicker: rolePickerText,
  today: todayText,
  calendar: calendarText,
  programView: programViewText,
  participants: participantsText,
  planning: planningText,
  progress: progressText,
  attendance: attendanceText,
  run: runText,
  notes: notesText,
  messages: messagesText,
  exports: exportsText,
  print: printText,
  funder: funderText,
  outcomes: outcomesText,
  moduleFields: moduleFieldsText,
  moduleLanguages: moduleLanguagesText,
  instruments: instrumentsText,
  backups: backupsText,
  protection: protectionText,
  settingsPages: settingsPagesText,
  hub: hubText,
  programLists: programListsText,
  hubSharing: hubSharingText,
  participantCodes: participantCodesText,
  languages: languagesText,
  app: {
    name: 'Facilitator',
    documentTitle: '{{screen}} – Facilitator',
    skipToContent: 'Saltar al contenido principal',
    version: 'Versión {{version}}',
  },
  lock: {
    button: 'Bloquear',
    shortcut: 'Ctrl+L',
  },
  nav: {
    label: 'Principal',
    today: 'Hoy',
    calendar: 'Calendario',
    curricula: 'Currículos',
    workshops: 'Talleres',
    participants: 'Participantes',
    reports: 'Informes',
    settings: 'Configuración',
  },
  common: {
    retry: 'Intentar de nuevo',
    save: 'Guardar cambios',
    cancel: 'Cancelar',
    edit: 'Editar',
    remove: 'Quitar',
    yesRemove: 'Sí, quitar',
    optional: 'opcional',
    close: 'Cerrar',
  },
  status: {
    saving: 'Guardando…',
    saved: 'Guardado',
    failed: 'No se guardó. {{message}}',
    failedField: 'No se guardó. Revisa el mensaje junto al campo.',
  },
  errors: {
    unexpected: 'Algo salió mal de forma inesperada.',
    noBridge: 'Facilitator no puede acceder a sus datos. Cierra la app y vuelve a abrirla.',
    screenFailed: 'Algo salió mal en esta pantalla.',
    screenFailedHelp: 'Tus datos guardados no se afectaron. Puedes volver a Hoy e intentarlo de nuevo.',
    backToToday: 'Ir a Hoy',
    notFound: 'Esta pantalla no existe.',
  },
  notices: {
    label: 'Avisos importantes sobre tus datos',
    dismiss: 'Descartar',
    dismissFailed: 'No se pudo descartar este aviso. {{message}}',
    when: 'Esto pasó el {{when}}.',
    dataFolder: 'Carpeta de datos: {{dataDir}}',
    keptAt: 'La copia dañada se guardó, sin cambios, en {{movedTo}} dentro de la carpeta de datos.',
    'recovered-from-backup': {
      title: 'Un archivo de datos dañado se reemplazó con su copia de seguridad',
      body: 'Facilitator no pudo leer el archivo {{file}}, así que restauró la copia de seguridad buena más reciente.',
      bodyFrom: 'Facilitator no pudo leer el archivo {{file}}, así que restauró la copia de seguridad {{restoredFrom}}.',
      advice: 'Puede que falten cambios hechos después de esa copia. Revisa tu trabajo reciente.',
    },
    'reset-no-backup': {
      title: 'Un archivo de datos dañado se empezó de nuevo, vacío',
      body: 'Facilitator no pudo leer el archivo {{file}} y no encontró ninguna copia de seguridad, así que empezó ese archivo de nuevo, vacío.',
      advice: 'Alguien con conocimientos técnicos quizá pueda recuperar información de la copia dañada.',
    },
    'set-aside-no-backup': {
      title: 'Se apartó un archivo de taller dañado',
      body: 'Facilitator no pudo leer el archivo {{file}} y no encontró ninguna copia de seguridad, así que ese taller no se muestra.',
      advice: 'Tus otros talleres no se afectaron. Alguien con conocimientos técnicos quizá pueda recuperarlo de la copia dañada.',
    },
    'backup-failed': {
      title: 'No se pudo hacer la copia de seguridad de hoy',
      body: 'Facilitator no pudo guardar una copia de seguridad de tus datos en la carpeta {{file}}, por ejemplo porque el disco está lleno.',
      advice: 'Tus datos siguen guardados, pero sin una copia de seguridad reciente. Libera espacio o pide ayuda técnica pronto.',
    },
    'newer-than-app': {
      title: 'Un archivo de datos viene de una versión más nueva de Facilitator',
      body: 'El archivo {{file}} lo guardó una versión más nueva de Facilitator, que esta versión no puede leer con seguridad.',
      advice: 'No se cambió nada en él. Para volver a usarlo, instala la versión más nueva de Facilitator.',
    },
    'backup-copy-failed': {
      title: 'No se pudo hacer la copia de seguridad en tu segunda carpeta',
      body: 'No se pudo hacer la copia de seguridad en {{file}}: {{reason}}.',
      advice:
        'Tus datos y la copia de seguridad de la carpeta de datos están bien. Conecta la unidad, o elige otra carpeta en Configuración › Copias de seguridad; la próxima copia se guarda ahí.',
    },
    'backup-copies-unsealed': {
      title: 'Las copias de seguridad de tu segunda carpeta todavía no están protegidas',
      body: 'Las copias de seguridad de {{file}} se hicieron antes de proteger los datos, y no se pudo llegar a esa carpeta cuando se protegieron, así que cualquiera con esa unidad todavía puede leerlas.',
      advice:
        'Conecta la unidad: las copias se protegen en la próxima copia de seguridad, o la próxima vez que se abra la app. Si prefieres borrarlas, vacía la carpeta en Configuración › Copias de seguridad.',
    },
    'module-set-aside': {
      title: 'Se apartó un módulo del currículo importado',
      body: 'Facilitator no pudo leer el archivo de módulo {{file}} y no encontró ninguna copia de seguridad, así que ese módulo no aparece en la biblioteca.',
      advice: 'Los talleres planificados con él conservan su propia copia. Para volver a usar el módulo, impórtalo otra vez desde su archivo original.',
    },
    'journal-set-aside': {
      title: 'Se apartaron los cambios recientes de un taller',
      body: 'Facilitator no pudo leer los cambios recientes del taller en {{file}} tal como se guardaron, así que muestra ese taller como quedó guardado completo por última vez.',
      advice:
        'Los cambios se conservaron, sin tocar, junto al archivo. Revisa la asistencia y las notas más recientes de ese taller; alguien con apoyo técnico podría recuperarlos.',
    },
    'module-snapshot-restored': {
      title: 'Se reemplazó con su respaldo una copia dañada de un módulo',
      body: 'Facilitator no pudo leer {{file}}, la copia de un módulo con la que se planearon talleres, así que puso de vuelta la copia guardada en una copia de seguridad.',
      advice: 'No se perdió nada: se comprobó que la copia restaurada es exactamente la versión con la que se planearon esos talleres.',
    },
  },
  screens: {
    curricula: {
      title: 'Currículos',
    },
    settings: {
      title: 'Configuración',
    },
  },
  curricula: curriculaText,
  settings: settingsText,
};

export default es;
