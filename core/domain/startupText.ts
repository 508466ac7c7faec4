/**
 * The one box main shows itself: when the data folder cannot be opened at start, before any window
 * (and so before the renderer's catalogs) exists. It words the few open-time failures in English
 * and Spanish, chosen by the computer's language; everything else the renderer words.
 */
import type { DriveProblem, Message, MessageCode, MessageParams } from './messages';

/** The failures opening the data folder can end in (StorageErrors thrown by createAppSession). */
type StartupCode = Extract<
  MessageCode,
  'open-failed' | 'read-failed' | 'newer-version' | 'key-missing' | 'foreign-key' | 'key-file-changed' | 'key-file-damaged' | 'lock-taken'
>;

interface StartupWording {
  title: string;
  /** The line naming the data folder, under the reason. */
  folder: (dir: string) => string;
  /** Any other failure: its code is not one of the above. */
  unexpected: string;
  /** Another copy of the app (process `pid`) has the data folder open. */
  inUse: (pid: number) => string;
  drive: Record<DriveProblem, string>;
  reasons: { [C in StartupCode]: (params: MessageParams<C>) => string };
}

/** What went wrong on the drive, inside a sentence; the renderer's `messages.drive` catalogs are these too. */
export const enDrive: Record<DriveProblem, string> = {
  'disk-full': 'the disk is full',
  quota: 'your storage quota on this disk is used up',
  'read-only': 'the data folder is on a read-only drive',
  'not-allowed': 'the app is not allowed to use the data folder',
  missing: 'the data folder is missing or was moved',
  'drive-error': 'the drive reported an error (it may be failing or was disconnected)',
  'too-many-files': 'too many files are open; close some programs and try again',
  'in-use': 'the file is in use by another program',
  unexpected: 'an unexpected error occurred',
};

export const esDrive: Record<DriveProblem, string> = {
  'disk-full': 'el disco está lleno',
  quota: 'se acabó tu espacio asignado en este disco',
  'read-only': 'la carpeta de datos está en una unidad de solo lectura',
  'not-allowed': 'la app no tiene permiso para usar la carpeta de datos',
  missing: 'la carpeta de datos no está o se movió',
  'drive-error': 'la unidad dio un error (puede estar fallando o se desconectó)',
  'too-many-files': 'hay demasiados archivos abiertos; cierra algunos programas e inténtalo de nuevo',
  'in-use': 'otro programa está usando el archivo',
  unexpected: 'ocurrió un error inesperado',
};

export const startupWordings = {
  en: {
    title: 'Facilitator cannot open its data',
    folder: (dir) => `Data folder: ${dir}`,
    unexpected: 'An unexpected error occurred while opening the data. Nothing has been changed.',
    inUse: (pid) => `The data folder is already open in another copy of the app (process ${pid}). Close the other copy, then start the app again.`,
    drive: enDrive,
    reasons: {
      'open-failed': ({ dir, drive }) => `Could not open the data folder ${dir}: ${enDrive[drive]}.`,
      'read-failed': ({ file, drive }) => `Could not read ${file}: ${enDrive[drive]}.`,
      'newer-version': ({ file, found, known }) =>
        `${file} was written by a newer version of the app (data version ${found}; this version knows up to ${known}). Install the newer version to open this data folder. Nothing was changed.`,
      'key-missing': ({ dir }) =>
        `The data in ${dir} is protected, but its key file (keyring.json) is missing, so it cannot be opened. Nothing has been changed. Put keyring.json back from a copy of the data folder (a backup drive, for example) and start the app again.`,
      'foreign-key': ({ dir }) =>
        `None of the protected files in ${dir} opens with this key: the key file (keyring.json) seems to belong to other data. Nothing has been changed.`,
      'key-file-changed': ({ file }) =>
        `The data’s key file (${file}) has been changed outside the app, so it is not trusted and nothing has been changed. Put back a good copy of ${file} (from a copy of the data folder) and start the app again.`,
      'key-file-damaged': ({ file }) =>
        `The data’s key file (${file}) is damaged. Nothing has been changed. Put back a good copy of ${file} (from a copy of the data folder) and start the app again.`,
      'lock-taken': ({ dir }) =>
        `Could not lock the data folder ${dir}: another copy of the app keeps taking it. Close the other copy and start the app again.`,
    },
  },
  es: {
    title: 'Facilitator no puede abrir sus datos',
    folder: (dir) => `Carpeta de datos: ${dir}`,
    unexpected: 'Ocurrió un error inesperado al abrir los datos. No se cambió nada.',
    inUse: (pid) => `La carpeta de datos ya está abierta en otra copia de la app (proceso ${pid}). Cierra la otra copia y vuelve a abrir la app.`,
    drive: esDrive,
    reasons: {
      'open-failed': ({ dir, drive }) => `No se pudo abrir la carpeta de datos ${dir}: ${esDrive[drive]}.`,
      'read-failed': ({ file, drive }) => `No se pudo leer ${file}: ${esDrive[drive]}.`,
      'newer-version': ({ file, found, known }) =>
        `${file} lo escribió una versión más nueva de la app (versión de datos ${found}; esta versión conoce hasta la ${known}). Instala la versión más nueva para abrir esta carpeta de datos. No se cambió nada.`,
      'key-missing': ({ dir }) =>
        `Los datos de ${dir} están protegidos, pero falta su archivo de clave (keyring.json), así que no se pueden abrir. No se cambió nada. Pon de vuelta keyring.json desde una copia de la carpeta de datos (un disco de respaldo, por ejemplo) y vuelve a abrir la app.`,
      'foreign-key': ({ dir }) =>
        `Ninguno de los archivos protegidos de ${dir} se abre con esta clave: parece que el archivo de clave (keyring.json) es de otros datos. No se cambió nada.`,
      'key-file-changed': ({ file }) =>
        `El archivo de clave de los datos (${file}) se cambió fuera de la app, así que no es de confianza y no se cambió nada. Pon de vuelta una copia buena de ${file} (de una copia de la carpeta de datos) y vuelve a abrir la app.`,
      'key-file-damaged': ({ file }) =>
        `El archivo de clave de los datos (${file}) está dañado. No se cambió nada. Pon de vuelta una copia buena de ${file} (de una copia de la carpeta de datos) y vuelve a abrir la app.`,
      'lock-taken': ({ dir }) =>
        `No se pudo reservar la carpeta de datos ${dir}: otra copia de la app la sigue ocupando. Cierra la otra copia y vuelve a abrir la app.`,
    },
  },
} satisfies Record<string, StartupWording>;

export type StartupLanguage = keyof typeof startupWordings;

/** The wording for a locale such as "es-MX" or "en-US"; English for any other language. */
export function startupLanguage(locale: string): StartupLanguage {
  return locale.toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en';
}

function isStartupCode(code: MessageCode, wording: StartupWording): code is StartupCode {
  return Object.hasOwn(wording.reasons, code);
}

/** Why opening failed: a reason's code, the process of another copy that has the folder, or undefined for a failure with no code. */
export type StartupFailure = Message | { inUseBy: number } | undefined;

/** The box's title and text for `failure`, naming the data folder. */
export function startupFailureText(failure: StartupFailure, locale: string, dataDir: string): { title: string; body: string } {
  const wording: StartupWording = startupWordings[startupLanguage(locale)];
  let said = wording.unexpected;
  if (failure !== undefined && 'inUseBy' in failure) said = wording.inUse(failure.inUseBy);
  else if (failure !== undefined && isStartupCode(failure.code, wording)) {
    const sayReason = wording.reasons[failure.code] as (params: Message['params']) => string;
    said = sayReason(failure.params);
  }
  return { title: wording.title, body: `${said}\n\n${wording.folder(dataDir)}` };
}
