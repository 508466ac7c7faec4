/** Spanish for what main and the domain report as data (same shape as en/messages.ts). */
export const messagesText = {
  field: '{{field}}: {{rule}}.',
  atPath: '{{path}}: {{rule}}.',
  whole: 'Hay un problema: {{rule}}.',
  code: {
    'unknown-action': 'La app no tiene ninguna acción llamada “{{action}}”.',
    'input-invalid': 'No se guardó: hay datos que no son válidos. Revisa los campos marcados.',
    unexpected: 'Algo salió mal dentro de la app. Inténtalo de nuevo y, si vuelve a pasar, reinicia la app.',
    'window-not-allowed': 'Esta solicitud no vino de la ventana de la app, así que se rechazó.',
    'channel-not-allowed': 'Esta ventana no puede hacer esa solicitud ({{channel}}), así que se rechazó.',

    'workshop-missing': 'Ese taller ya no existe. Puede que alguien lo haya quitado.',
    'meeting-missing': 'Ese encuentro ya no está en este taller.',
    'participant-missing': 'Esa persona ya no está en el registro de participantes.',
    'follow-up-missing': 'Ese seguimiento ya no está en este taller.',
    'module-missing': 'Ese módulo no está en tu biblioteca.',
    'facilitator-missing': 'Ese facilitador ya no existe. Puede que alguien lo haya quitado.',
    'site-missing': 'Ese lugar ya no existe. Puede que alguien lo haya quitado.',
    'resource-missing': 'Ese recurso ya no existe. Puede que alguien lo haya quitado.',
    'handout-not-in-meeting': 'Ese material no es de ninguna de las sesiones de este encuentro.',
    'site-gone-choose': 'Ese lugar ya no está en Configuración. Elige otro.',
    'facilitator-gone-choose': 'Ese facilitador ya no está en Configuración. Elige a otra persona.',
    'module-no-sessions': 'Este módulo no tiene sesiones que programar.',

    'module-import-expired': 'Esta importación ya no está esperando tu confirmación. Vuelve a elegir el archivo.',
    'roster-import-expired': 'Esta importación de la lista ya no está esperando tu confirmación. Vuelve a elegir el archivo.',
    'bundle-open-expired': 'Este paquete ya no está esperando a que lo abras. Vuelve a elegir el archivo.',
    'bundle-import-expired': 'Esta importación del paquete ya no está esperando tu confirmación. Vuelve a elegir el archivo.',
    'purge-expired': 'Esta eliminación ya no está esperando tu confirmación. Vuelve a revisar qué se eliminaría.',

    'workshop-archived': '{{title}} está archivado. Restáuralo antes de hacerle cambios.',
    'meeting-cancelled': 'Este encuentro se canceló. Primero restáuralo en la página del taller.',
    'not-on-meeting-roster': 'Esa persona no está en la lista de este encuentro.',
    'move-to-same-workshop': 'Elige otro taller al que pasarla.',
    'roster-import-empty': 'Ninguna fila de este archivo se puede inscribir, así que no se cambió nada.',
    'already-enrolled': '{{code}} ya está en la lista de {{title}}.',
    'enrol-before-exit': '{{code}} salió de este taller el {{date}}; una nueva inscripción no puede empezar antes de esa fecha.',
    'not-enrolled-now': '{{code}} ya no está en la lista de {{title}}.',
    'exit-before-enrolment': '{{code}} se inscribió el {{date}}; la fecha de salida no puede ser anterior.',
    'enrolled-after-meeting': '{{code}} se inscribió después de la fecha de este encuentro, así que no se le puede marcar asistencia en él.',
    'schedule-too-far': 'Esa fecha está demasiado lejos en el futuro para un calendario. Elige una fecha más cercana.',
    'meeting-cancelled-cannot-move': 'Este encuentro está cancelado. Restáuralo antes de cambiarlo de fecha.',
    'meeting-already-cancelled': 'Este encuentro ya está cancelado.',
    'meeting-not-cancelled': 'Este encuentro no está cancelado, así que no hay nada que restaurar.',
    'meeting-id-taken': 'Ya hay un encuentro con este identificador en el taller.',
    'catch-up-one-person': 'Una sesión de recuperación individual es para una sola persona joven: elige exactamente a una.',
    'not-a-date': '“{{value}}” no es una fecha escrita como AAAA-MM-DD.',
    'not-a-time': '“{{value}}” no es una hora escrita como HH:MM (formato de 24 horas).',
    'meeting-minutes-range': 'Un encuentro debe durar un número entero de minutos, de {{minimum}} a {{maximum}}.',
    'unknown-session': 'No hay ninguna sesión “{{session}}” en {{module}}.',
    'session-twice': 'El encuentro tiene la misma sesión dos veces.',
    'too-many-sessions': 'Un encuentro puede abarcar como máximo {{maximum}} sesiones.',
    'never-on-roster': 'Alguien que elegiste para este encuentro nunca ha estado en la lista de este taller.',
    'too-many-meetings': 'Este taller ya tiene {{maximum}} encuentros, el máximo que puede tener un taller.',
    'meeting-in-future':
      'Este encuentro está programado para el {{date}}, después de hoy. No se puede anotar nada antes de ese día: cámbialo a hoy si quieres hacerlo ahora.',
    'meeting-in-past':
      'Este encuentro estaba programado para el {{date}}, antes de hoy. Cámbialo a hoy para empezarlo ahora, o anótalo como realizado en su fecha con el horario en que se hizo.',
    'held-on-not-past': 'Un encuentro se puede anotar como realizado en su fecha solo cuando esa fecha ya pasó. Ese día, empiézalo desde la guía de la sesión.',
    'already-held': 'Este encuentro ya está anotado como realizado.',
    'end-before-start': 'La hora de terminar tiene que ser después de la hora de empezar.',

    // Workshop bundle files.
    'bundle-not-text': 'Este archivo no es un paquete de taller (no es texto UTF-8). Elige un archivo .facilitator que se haya exportado desde la app.',
    'bundle-not-json': 'El archivo está dañado o no es un paquete de taller: no es JSON válido.',
    'bundle-not-a-bundle': 'Este archivo no es un paquete de taller. Elige un archivo .facilitator que se haya exportado desde la app.',
    'bundle-newer':
      'Este paquete se hizo con una versión más nueva de la app (versión de paquete {{found}}; esta app lee la versión {{known}}). Actualiza la app para importarlo.',
    'bundle-no-version': 'El paquete no dice qué versión es, así que esta app no lo puede leer.',
    'bundle-unknown-version': 'Esta app no conoce la versión del paquete (dice {{found}}).',
    'bundle-field': '{{path}}: {{rule}}.',
    'bundle-more-problems_one': 'Y {{count}} problema más.',
    'bundle-more-problems_many': 'Y {{count}} problemas más.',
    'bundle-more-problems_other': 'Y {{count}} problemas más.',
    'bundle-participants-missing_one': 'Al paquete le falta un participante que aparece en el taller.',
    'bundle-participants-missing_many': 'Al paquete le faltan {{count}} participantes que aparecen en el taller.',
    'bundle-participants-missing_other': 'Al paquete le faltan {{count}} participantes que aparecen en el taller.',
    'bundle-seal-cost':
      'El archivo pide un costo de frase de contraseña de 2^{{cost}}, que esta app nunca usa: no lo hizo esta app, así que no se intentó abrir.',

    // A file the user chose to import.
    'chosen-file-missing': 'No se pudo leer el archivo: ya no existe.',
    'chosen-file-not-allowed': 'No se pudo leer el archivo: la app no tiene permiso para leerlo.',
    'chosen-file-unopenable': 'No se pudo leer el archivo: no se pudo abrir.',
    'chosen-file-folder': 'Esto es una carpeta, no un archivo.',
    'chosen-file-too-large': 'El archivo pesa {{size}} MB y el máximo es {{maximum}} MB. ¿Seguro que es el archivo correcto?',
    'chosen-file-drive-error': 'No se pudo leer el archivo (el disco reportó un error).',

    // Roster CSV import.
    'roster-file-too-large': 'Este archivo pesa {{megabytes}} MB y un archivo de lista puede pesar 1 MB como máximo. Divídelo en archivos más pequeños.',
    'roster-workbook':
      'Esto es un libro de hoja de cálculo, no un archivo CSV. En tu programa de hojas de cálculo elige Guardar como, con el formato “CSV UTF-8”, y vuelve a intentarlo.',
    'roster-utf16':
      'Este archivo está guardado como UTF-16 (“Texto Unicode”) y la app no lo puede leer. En tu programa de hojas de cálculo elige Guardar como, con el formato “CSV UTF-8”, y vuelve a intentarlo.',
    'roster-binary':
      'Esto no es un archivo de texto CSV (tiene datos binarios). En tu programa de hojas de cálculo elige Guardar como, con el formato “CSV UTF-8”, y vuelve a intentarlo.',
    'roster-not-utf8':
      'Este archivo no está guardado como texto UTF-8 (quizás usa una codificación antigua, como Windows-1252), así que letras como la é se leerían mal. En tu programa de hojas de cálculo elige Guardar como, con el formato “CSV UTF-8”, y vuelve a intentarlo.',
    'roster-unreadable': 'No se pudo leer este archivo como CSV. Guárdalo desde tu programa de hojas de cálculo como “CSV UTF-8” y vuelve a intentarlo.',
    'roster-over-limit': 'Este archivo pesa más de 1 MB, el máximo para un archivo de lista. Divídelo en archivos más pequeños.',
    'roster-unclosed-quote':
      'En la línea {{line}} se abren unas comillas (") que nunca se cierran, así que todo el resto del archivo se lee como una sola celda. Revisa las comillas de esa línea y vuelve a intentarlo.',
    'roster-empty':
      'El archivo está vacío. Un archivo de lista empieza con una línea de encabezado, como code,initials,pronouns o código,iniciales,pronombres, y luego un participante por línea.',
    'roster-no-header':
      'La línea {{line}} debería nombrar las columnas (por ejemplo: código,iniciales,pronombres), pero dice “{{start}}”. Agrega una línea de encabezado al principio y vuelve a intentarlo.',
    'roster-no-code-column':
      'El encabezado (línea {{line}}) no tiene columna de código. Agrega una columna llamada “código” (o “code”) con el código de programa de cada participante, por ejemplo JH-26-014.',
    'roster-column-twice': 'El encabezado nombra la misma columna dos veces (“{{first}}” y “{{second}}”). Deja solo una y vuelve a intentarlo.',
    'roster-column-names-off':
      'La columna “{{column}}” trae nombres, y los nombres completos están desactivados en Configuración › Privacidad. Quita esa columna y vuelve a intentarlo.',
    'roster-column-unknown':
      '“{{column}}” no es una columna de la lista. Las columnas posibles son {{allowed}} (o sus nombres en español). Quita esa columna y vuelve a intentarlo.',
    'roster-column-birth-dates':
      '“{{column}}” no es una columna de la lista: la app nunca guarda fechas de nacimiento. Las columnas posibles son {{allowed}} (o sus nombres en español). Quita esa columna y vuelve a intentarlo.',
    'roster-column-case-numbers':
      '“{{column}}” no es una columna de la lista: la app nunca guarda números de caso. Las columnas posibles son {{allowed}} (o sus nombres en español). Quita esa columna y vuelve a intentarlo.',
    'roster-column-addresses':
      '“{{column}}” no es una columna de la lista: la app nunca guarda direcciones. Las columnas posibles son {{allowed}} (o sus nombres en español). Quita esa columna y vuelve a intentarlo.',
    'roster-no-participants': 'El archivo tiene encabezado (línea {{line}}), pero no hay ningún participante debajo.',
    'roster-too-many-rows':
      'El archivo tiene {{count}} participantes y un archivo de lista puede tener {{maximum}} como máximo. Divídelo en archivos más pequeños.',
    'roster-code-empty': 'Falta el código.',
    'roster-cell-formula':
      'La celda de “{{column}}” empieza con “{{character}}”, y los programas de hojas de cálculo la ejecutan como fórmula. Quita ese carácter.',
    'roster-cell-formula-tab':
      'La celda de “{{column}}” empieza con una tabulación, y los programas de hojas de cálculo la ejecutan como fórmula. Quita ese carácter.',
    'roster-cell-formula-line-break':
      'La celda de “{{column}}” empieza con un salto de línea, y los programas de hojas de cálculo la ejecutan como fórmula. Quita ese carácter.',
    'roster-cell-lines': 'La celda de “{{column}}” ocupa más de una línea. Déjala en una sola línea.',
    'roster-cell-invalid': 'En la columna “{{column}}”, “{{value}}” {{rule}}.',
    'roster-too-many-cells':
      'Esta línea tiene {{cells}} celdas, pero el encabezado nombra {{columns}}. Quita las celdas de más, o pon entre comillas la celda que lleve el separador (una coma, un punto y coma o una tabulación).',
    'roster-unnamed-column':
      'La columna {{column}} no tiene nombre en el encabezado, pero esta línea tiene un valor ahí. Ponle nombre a la columna o quita el valor.',
    'roster-text-after-quote': 'Una celda entre comillas de esta línea tiene texto después de cerrar las comillas ("). Revisa las comillas de esta línea.',
    'roster-code-repeated': '{{code}} también está en la línea {{line}}.',

    'code-taken': '{{code}} ya es el código de otra persona. Cada participante necesita su propio código.',
    'full-names-off': 'Los nombres completos están desactivados en Configuración › Privacidad. Usa el código del programa y las iniciales.',
    'full-names-still-on': 'Los nombres completos están permitidos, así que no se borraron. Primero desactívalos.',
    'participant-has-history_one': '{{code}} tiene historial en un taller, y ese historial se conserva. No se puede quitar del registro.',
    'participant-has-history_many': '{{code}} tiene historial en {{count}} talleres, y ese historial se conserva. No se puede quitar del registro.',
    'participant-has-history_other': '{{code}} tiene historial en {{count}} talleres, y ese historial se conserva. No se puede quitar del registro.',

    'fidelity-note-adapted': 'Cuenta brevemente cómo adaptaste la actividad.',
    'fidelity-note-skipped': 'Cuenta brevemente por qué no se hizo la actividad.',
    'module-lacks-session': 'El módulo no tiene la sesión {{session}}.',
    'minimum-over-sessions_one': 'El mínimo es mayor que la única sesión del módulo ({{count}}).',
    'minimum-over-sessions_many': 'El mínimo es mayor que las {{count}} sesiones del módulo.',
    'minimum-over-sessions_other': 'El mínimo es mayor que las {{count}} sesiones del módulo.',
    'unknown-status': 'No hay ningún estado de asistencia {{status}} en Configuración.',
    'status-missing': 'Ese estado de asistencia ya no está en Configuración.',
    'reason-not-for-status': '{{status}} no lleva motivo de ausencia.',
    'reason-missing': 'Ese motivo de ausencia ya no está en Configuración.',
    'past-edit-unconfirmed': 'Este encuentro ya pasó. Confirma que quieres cambiar su asistencia; el cambio queda anotado.',
    'handout-for-facilitators': 'Un material para facilitadores nunca se muestra en la pantalla de presentación.',

    'record-never-on-roster': 'Esa persona nunca ha estado en la lista de este taller.',
    'record-nothing-to-print': 'Todavía no hay nada que imprimir: nadie en este taller tiene un registro de este tipo.',
    'not-completed': '{{participant}} no ha completado este taller: {{attended}} de las {{needed}} sesiones necesarias.',
    'not-completed-required':
      '{{participant}} no ha completado este taller: {{attended}} de las {{needed}} sesiones necesarias, y le falta una sesión obligatoria.',
    'record-not-shown': 'La ventana ya no muestra este registro tal como se pidió, así que no se guardó nada. Vuelve a abrir el registro y guárdalo desde ahí.',
    'report-not-shown':
      'La ventana ya no muestra el informe para financiadores de estas fechas, así que no se guardó nada. Vuelve a abrir el informe y guárdalo desde ahí.',
    'page-saved-by-its-button':
      'Esta página solo se puede guardar con su propio botón “Guardar como PDF”, que anota la exportación en el registro del taller. No se guardó nada.',
    'names-export-off':
      'Los nombres completos están desactivados en Configuración, así que no se pueden exportar. Elige códigos o iniciales, o activa los nombres completos en Configuración › Preferencias.',
    'no-workshops-in-range': 'Ningún taller tiene encuentros entre el {{from}} y el {{to}}.',
    'bundle-needs-passphrase':
      'Estos datos están protegidos, así que el paquete también sale protegido: ponle una frase de contraseña (de al menos 10 caracteres) y dísela a quien lo va a importar por otro medio que no sea el archivo.',
    'bundle-wrong-passphrase': 'Esa frase de contraseña no abre este paquete. Pídele a quien lo hizo la frase que eligió.',

    'module-built-in': 'Los módulos que vienen con la app no se pueden quitar.',
    'module-newer-in-library':
      'Tu biblioteca ya tiene “{{name}}” versión {{version}}, que es más nueva que este archivo (versión {{candidate}}). No se importó nada.',
    'module-same-in-library': '“{{name}}” versión {{version}} ya está en tu biblioteca, con el mismo contenido. No hace falta importarlo.',
    'module-changed-same-version':
      'Tu biblioteca ya tiene “{{name}}” versión {{version}}, y este archivo trae otro contenido con el mismo identificador y la misma versión. Si el archivo es una edición más nueva, súbele la versión a {{next}} y vuelve a importarlo. No se importó nada.',

    'import-backup-failed': 'No se importó nada, porque antes no se pudo hacer una copia de seguridad de tus datos. {{cause}}',
    'purge-backup-failed': 'No se eliminó nada, porque antes no se pudo hacer una copia de seguridad de tus datos. {{cause}}',
    'backup-folder-inside': 'Elige una carpeta fuera de la carpeta de datos: una copia guardada adentro se perdería junto con ella.',
    'purge-off': 'La eliminación está desactivada en Configuración, así que no se eliminó nada.',
    'purge-nothing-left': 'Ya no se puede eliminar ninguno de los talleres de la lista, así que no se eliminó nada.',

    locked: 'Los datos están bloqueados. Desbloquéalos con la frase de contraseña para seguir.',
    'locked-meanwhile': 'Los datos se bloquearon mientras la ventana estaba abierta, así que no se guardó ni se leyó nada. Desbloquéalos e inténtalo de nuevo.',
    'keychain-after-lock': 'Después de un bloqueo, los datos solo se abren con la frase de contraseña o con la clave de recuperación.',
    'keychain-no-key': 'El llavero no tiene la clave de estos datos. Desbloquéalos con la frase de contraseña.',
    'keychain-failed':
      'El llavero no pudo desbloquear los datos (puede que se haya restablecido). Desbloquéalos con la frase de contraseña o con la clave de recuperación.',
    'wrong-passphrase':
      'Esa frase de contraseña no desbloquea los datos. Revisa que las mayúsculas no estén fijas e inténtalo de nuevo, o usa la clave de recuperación.',
    'wrong-recovery-key': 'Esa clave de recuperación no desbloquea los datos. Revisa cada grupo de cuatro caracteres e inténtalo de nuevo.',
    'not-a-recovery-key': 'Esa no es una clave de recuperación completa: tiene 32 letras y números, en grupos de cuatro.',
    'already-set-up': 'Los datos ya están configurados.',
    'already-protected': 'Los datos ya están protegidos.',
    'no-keychain': 'Esta computadora no tiene un llavero que pueda proteger la clave.',
    'key-file-changed':
      'El archivo de clave de los datos ({{file}}) se cambió fuera de la app, así que no es de confianza y no se cambió nada. Pon de vuelta una copia buena de {{file}} (de una copia de la carpeta de datos) y vuelve a abrir la app.',
    'key-file-damaged':
      'El archivo de clave de los datos ({{file}}) está dañado. No se cambió nada. Pon de vuelta una copia buena de {{file}} (de una copia de la carpeta de datos) y vuelve a abrir la app.',

    'save-failed': 'No se pudo guardar {{file}}: {{drive}}. No se cambió nada.',
    'delete-failed': 'No se pudo borrar {{file}}: {{drive}}. No se cambió nada.',
    'backup-failed': 'No se pudo guardar una copia de seguridad de tus datos: {{drive}}. No se cambió nada.',
    'read-failed': 'No se pudo leer {{file}}: {{drive}}.',
    'open-failed': 'No se pudo abrir la carpeta de datos {{dir}}: {{drive}}.',
    'data-invalid': 'No se pudo guardar {{file}}: los datos no son válidos. No se cambió nada.',
    'change-failed': 'No se pudo guardar {{file}}: el cambio no se pudo hacer. No se cambió nada.',
    'newer-version':
      '{{file}} lo escribió una versión más nueva de la app (versión de datos {{found}}; esta versión conoce hasta la {{known}}). Instala la versión más nueva para abrir esta carpeta de datos. No se cambió nada.',
    'newer-version-change': 'No se pudo cambiar {{file}}: lo escribió una versión más nueva de la app. No se cambió nada.',
    'newer-version-read': 'No se pudo abrir {{file}}: lo escribió una versión más nueva de la app. Actualiza la app para abrirlo.',
    'workshop-file-damaged':
      'No se pudo abrir {{file}}: el archivo está dañado. Tus otros talleres están a salvo; puedes restaurar este desde una copia de seguridad en Configuración › Copias de seguridad.',
    'data-closed': 'No se pudo guardar {{file}}: la carpeta de datos está cerrada.',
    'saving-paused-restoring': 'No se pudo guardar {{file}}: se está restaurando una copia de seguridad; inténtalo de nuevo en un momento. No se cambió nada.',
    'saving-paused-restart': 'No se pudo guardar {{file}}: una restauración no terminó; cierra la app y vuelve a abrirla. No se cambió nada.',
    'lock-taken': 'No se pudo reservar la carpeta de datos {{dir}}: otra copia de la app la sigue ocupando.',
    'restore-stuck':
      'No se restauró la copia de seguridad, y los datos no se pudieron dejar como estaban. Cierra la app y vuelve a abrirla; los datos como estaban quedaron en la copia {{backup}}.',
    'backup-unreadable': 'Esta copia de seguridad no se puede restaurar: no se puede leer su carpeta. No se cambió nada.',
    'backup-lacks-file': 'Esta copia de seguridad no se puede restaurar: no tiene {{file}}. No se cambió nada.',
    'backup-file-unreadable': 'Esta copia de seguridad no se puede restaurar: no se puede leer su archivo {{file}}. No se cambió nada.',
    'backup-file-newer': 'Esta copia de seguridad no se puede restaurar: su archivo {{file}} lo escribió una versión más nueva de la app. No se cambió nada.',
    'backup-file-damaged': 'Esta copia de seguridad no se puede restaurar: su archivo {{file}} está dañado. No se cambió nada.',
    'no-second-folder': 'No hay una segunda carpeta de copias de donde restaurar. Elige una en Configuración › Copias de seguridad.',
    'key-missing':
      'Los datos de {{dir}} están protegidos, pero falta su archivo de clave (keyring.json), así que no se pueden abrir. No se cambió nada. Pon de vuelta keyring.json desde una copia de la carpeta de datos (un disco de respaldo, por ejemplo) y vuelve a abrir la app.',
    'foreign-key':
      'Ninguno de los archivos protegidos de {{dir}} se abre con esta clave: parece que el archivo de clave (keyring.json) es de otros datos. No se cambió nada.',
    'identity-changed': 'Un cambio en {{file}} intentó cambiar el identificador del taller.',
  },
  rule: {
    required: 'es obligatorio',
    'too-short': 'debe tener al menos {{minimum}} caracteres',
    'too-long': 'puede tener como máximo {{maximum}} caracteres',
    'too-small': 'debe ser {{minimum}} o más',
    'too-big': 'debe ser {{maximum}} o menos',
    'too-few_one': 'necesita al menos uno',
    'too-few_many': 'necesita al menos {{minimum}}',
    'too-few_other': 'necesita al menos {{minimum}}',
    'too-many_one': 'puede tener como máximo {{maximum}}',
    'too-many_many': 'puede tener como máximo {{maximum}}',
    'too-many_other': 'puede tener como máximo {{maximum}}',
    'not-whole': 'tiene que ser un número entero',
    'wrong-type': 'falta o no es del tipo correcto',
    'bad-format': 'no está escrito de la forma esperada',
    'not-an-option': 'no es una de las opciones',
    'unknown-field': 'tiene un campo que este formulario no conoce',
    'control-characters': 'no puede tener caracteres de control',
    duplicate: 'tiene lo mismo repetido',
    taken: 'ya lo usa otro',
    'key-taken': 'ya lo usa “{{label}}”',
    'not-in-settings': 'ya no está en Configuración',
    'only-for-absences': 'es solo para ausencias',
    'must-confirm': 'hay que confirmarlo',
    'does-not-unlock': 'no desbloquea los datos',
    'not-a-recovery-key': 'no es una clave de recuperación completa',
    'does-not-open-bundle': 'no abre este paquete',
    'names-off': 'no puede llevar nombres completos mientras estén desactivados en Configuración',
    'not-in-module': 'incluye una sesión que el módulo no tiene',
    'ends-before-start': 'no puede ser antes del inicio',
    'not-an-email': 'debe ser un correo electrónico, como oficina@ejemplo.org',
    'not-a-date': 'debe ser una fecha escrita como AAAA-MM-DD',
    'code-characters': 'solo puede tener letras, números y guiones',
    'one-key': 'debe ser una sola letra minúscula o un número',
    'over-sessions_one': 'es mayor que la única sesión del módulo ({{count}})',
    'over-sessions_many': 'es mayor que las {{count}} sesiones del módulo',
    'over-sessions_other': 'es mayor que las {{count}} sesiones del módulo',
    'no-statuses': 'no puede quedar vacío',
    'none-attended': 'necesita al menos uno que cuente como asistencia',
    invalid: 'no es válido',
    'as-reason': 'no es válido',
  },
  drive: {
    'disk-full': 'el disco está lleno',
    quota: 'se acabó tu espacio asignado en este disco',
    'read-only': 'la carpeta de datos está en una unidad de solo lectura',
    'not-allowed': 'la app no tiene permiso para usar la carpeta de datos',
    missing: 'la carpeta de datos no está o se movió',
    'drive-error': 'la unidad dio un error (puede estar fallando o se desconectó)',
    'too-many-files': 'hay demasiados archivos abiertos; cierra algunos programas e inténtalo de nuevo',
    'in-use': 'otro programa está usando el archivo',
    unexpected: 'ocurrió un error inesperado',
  },
};
