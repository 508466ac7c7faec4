/**
 * The words for what main and the domain report as data (core/domain/messages.ts, core/domain/issues.ts):
 * one wording per message code, per field rule and per drive problem. renderer/format/describe.ts uses them.
 */
export const messagesText = {
  /** A field's label followed by what is wrong with it: "Name" + "is required". */
  field: '{{field}} {{rule}}.',
  /** A problem at a place in a document, when no form names the field: "sessions[3].minutes must be at most 480." */
  atPath: '{{path}} {{rule}}.',
  /** A problem with the input as a whole. */
  whole: 'This {{rule}}.',
  code: {
    'unknown-action': 'The app has no action called “{{action}}”.',
    'input-invalid': 'That was not saved: some of it is not valid. Check the fields marked.',
    unexpected: 'Something went wrong inside the app. Please try again, and restart the app if it keeps happening.',
    'window-not-allowed': 'This request did not come from the app’s own window and was refused.',
    'channel-not-allowed': 'This window may not make that request ({{channel}}), so it was refused.',

    'workshop-missing': 'That workshop does not exist. It may have been removed.',
    'meeting-missing': 'That meeting is no longer in this workshop.',
    'participant-missing': 'That participant is no longer in the registry.',
    'follow-up-missing': 'That follow-up is no longer in this workshop.',
    'module-missing': 'That curriculum module is not in your library.',
    'facilitator-missing': 'That facilitator no longer exists. It may have been removed.',
    'site-missing': 'That site no longer exists. It may have been removed.',
    'resource-missing': 'That resource no longer exists. It may have been removed.',
    'handout-not-in-meeting': 'That handout is not one of this meeting’s sessions.',
    'site-gone-choose': 'That site is no longer in Settings. Choose another one.',
    'facilitator-gone-choose': 'That facilitator is no longer in Settings. Choose another one.',
    'module-no-sessions': 'This module has no sessions to schedule.',

    'module-import-expired': 'This import is no longer waiting to be confirmed. Please choose the file again.',
    'roster-import-expired': 'This roster import is no longer waiting to be confirmed. Please choose the file again.',
    'bundle-open-expired': 'This bundle is no longer waiting to be opened. Please choose the file again.',
    'bundle-import-expired': 'This bundle import is no longer waiting to be confirmed. Please choose the file again.',
    'purge-expired': 'This purge is no longer waiting to be confirmed. Please review what would be purged again.',

    'workshop-archived': '{{title}} is archived. Restore it before changing it.',
    'meeting-cancelled': 'This meeting was cancelled. Restore it on the workshop page first.',
    'not-on-meeting-roster': 'That participant is not on the roster for this meeting.',
    'move-to-same-workshop': 'Choose a different workshop to move to.',
    'roster-import-empty': 'No row of this file can be enrolled, so nothing was changed.',
    'already-enrolled': '{{code}} is already on the roster of {{title}}.',
    'enrol-before-exit': '{{code}} left this workshop on {{date}}; a new enrolment cannot start before that.',
    'not-enrolled-now': '{{code}} is not on the roster of {{title}} now.',
    'exit-before-enrolment': '{{code}} was enrolled on {{date}}; the exit date cannot be earlier.',
    'enrolled-after-meeting': '{{code}} was enrolled after this meeting’s date, so they cannot be marked for it.',
    'schedule-too-far': 'That date is too far in the future for a schedule. Choose an earlier date.',
    'meeting-cancelled-cannot-move': 'This meeting is cancelled. Restore it before moving it.',
    'meeting-already-cancelled': 'This meeting is already cancelled.',
    'meeting-not-cancelled': 'This meeting is not cancelled, so there is nothing to restore.',
    'meeting-id-taken': 'A meeting with this id is already in the workshop.',
    'catch-up-one-person': 'A one-to-one catch-up is for one young person: choose exactly one.',
    'not-a-date': '“{{value}}” is not a date written YYYY-MM-DD.',
    'not-a-time': '“{{value}}” is not a time written HH:MM (24-hour).',
    'meeting-minutes-range': 'A meeting must last a whole number of minutes, from {{minimum}} to {{maximum}}.',
    'unknown-session': 'There is no session “{{session}}” in {{module}}.',
    'session-twice': 'A meeting lists the same session twice.',
    'too-many-sessions': 'A meeting can cover at most {{maximum}} sessions.',
    'never-on-roster': 'Someone chosen for this meeting has never been on this workshop’s roster.',
    'too-many-meetings': 'This workshop already has {{maximum}} meetings, the most one workshop can hold.',
    'meeting-in-future': 'This meeting is planned for {{date}}, after today. Nothing can be recorded for it before its day: move it to today to run it now.',
    'meeting-in-past':
      'This meeting was planned for {{date}}, before today. Move it to today to start it now, or record it as held on its date with the times it took place.',
    'held-on-not-past': 'A meeting can be recorded as held on its date only once that date is past. Start it from the runner on its day.',
    'already-held': 'This meeting is already recorded as held.',
    'end-before-start': 'The end time must be after the start time.',

    // Workshop bundle files.
    'bundle-not-text': 'This file is not a workshop bundle (it is not UTF-8 text). Choose a .facilitator file exported from the app.',
    'bundle-not-json': 'The file is damaged or not a workshop bundle: it is not valid JSON.',
    'bundle-not-a-bundle': 'This file is not a workshop bundle. Choose a .facilitator file exported from the app.',
    'bundle-newer':
      'This bundle was made by a newer version of the app (bundle version {{found}}; this app reads version {{known}}). Update the app to import it.',
    'bundle-no-version': 'The bundle does not say which version it is, so this app cannot read it.',
    'bundle-unknown-version': 'The bundle’s version is not one this app knows (it says {{found}}).',
    'bundle-field': '{{path}}: {{rule}}.',
    'bundle-more-problems_one': 'And {{count}} more problem.',
    'bundle-more-problems_other': 'And {{count}} more problems.',
    'bundle-participants-missing_one': 'The bundle is missing a participant the workshop refers to.',
    'bundle-participants-missing_other': 'The bundle is missing {{count}} participants the workshop refers to.',
    'bundle-seal-cost': 'The file asks for a passphrase cost of 2^{{cost}}, which this app never uses: it was not made by this app, so nothing was tried.',

    // A file the user chose to import.
    'chosen-file-missing': 'The file could not be read: it no longer exists.',
    'chosen-file-not-allowed': 'The file could not be read: the app is not allowed to read it.',
    'chosen-file-unopenable': 'The file could not be read: it could not be opened.',
    'chosen-file-folder': 'This is a folder, not a file.',
    'chosen-file-too-large': 'The file is {{size}} MB; it can be at most {{maximum}} MB. Is this the right file?',
    'chosen-file-drive-error': 'The file could not be read (the drive reported an error).',

    // Roster CSV import.
    'roster-file-too-large': 'This file is {{megabytes}} MB; a roster file can be at most 1 MB. Split it into smaller files.',
    'roster-workbook': 'This is a spreadsheet workbook, not a CSV file. In your spreadsheet program choose Save As and the format “CSV UTF-8”, then try again.',
    'roster-utf16':
      'This file is saved as UTF-16 (“Unicode Text”), which the app cannot read. In your spreadsheet program choose Save As and the format “CSV UTF-8”, then try again.',
    'roster-binary':
      'This is not a CSV text file (it holds binary data). In your spreadsheet program choose Save As and the format “CSV UTF-8”, then try again.',
    'roster-not-utf8':
      'This file is not saved as UTF-8 text (it may use an older encoding such as Windows-1252), so letters like é would be read wrongly. In your spreadsheet program choose Save As and the format “CSV UTF-8”, then try again.',
    'roster-unreadable': 'This file could not be read as a CSV file. Save it from your spreadsheet program as “CSV UTF-8” and try again.',
    'roster-over-limit': 'This file is larger than 1 MB, the most a roster file can be. Split it into smaller files.',
    'roster-unclosed-quote':
      'A quote (") opens on line {{line}} and is never closed, so the rest of the file reads as one cell. Check the quotes on that line and try again.',
    'roster-empty': 'The file is empty. A roster file starts with a header line such as code,initials,pronouns, then one participant per line.',
    'roster-no-header':
      'Line {{line}} should name the columns (for example: code,initials,pronouns), but it holds “{{start}}”. Add a header line at the top and try again.',
    'roster-no-code-column':
      'The header (line {{line}}) has no code column. Add a column named “code” with each participant’s program code, for example JH-26-014.',
    'roster-column-twice': 'The header names the same column twice (“{{first}}” and “{{second}}”). Keep one and try again.',
    'roster-column-names-off': 'Column “{{column}}” holds names, and full names are turned off in Settings › Privacy. Remove that column and try again.',
    'roster-column-unknown': 'Column “{{column}}” is not a roster column. A roster file can have: {{allowed}}. Remove that column and try again.',
    'roster-column-birth-dates':
      'Column “{{column}}” is not a roster column: the app never stores dates of birth. A roster file can have: {{allowed}}. Remove that column and try again.',
    'roster-column-case-numbers':
      'Column “{{column}}” is not a roster column: the app never stores case numbers. A roster file can have: {{allowed}}. Remove that column and try again.',
    'roster-column-addresses':
      'Column “{{column}}” is not a roster column: the app never stores addresses. A roster file can have: {{allowed}}. Remove that column and try again.',
    'roster-no-participants': 'The file has a header (line {{line}}) but no participants below it.',
    'roster-too-many-rows': 'The file has {{count}} participants; a roster file can have at most {{maximum}}. Split it into smaller files.',
    'roster-code-empty': 'The code is empty.',
    'roster-cell-formula': 'The “{{column}}” cell begins with “{{character}}”, which spreadsheet programs run as a formula. Remove that character.',
    'roster-cell-formula-tab': 'The “{{column}}” cell begins with a tab, which spreadsheet programs run as a formula. Remove that character.',
    'roster-cell-formula-line-break': 'The “{{column}}” cell begins with a line break, which spreadsheet programs run as a formula. Remove that character.',
    'roster-cell-lines': 'The “{{column}}” cell runs over more than one line. Put it on one line.',
    'roster-cell-invalid': 'In the “{{column}}” column, “{{value}}” {{rule}}.',
    'roster-too-many-cells':
      'This line has {{cells}} cells, but the header names {{columns}}. Remove the extra cells, or put quotes around a cell that holds the separator (a comma, semicolon or tab).',
    'roster-unnamed-column': 'Column {{column}} has no name in the header, but this line has a value there. Name the column or remove the value.',
    'roster-text-after-quote': 'A quoted cell on this line has text after its closing quote ("). Check the quotes on this line.',
    'roster-code-repeated': '{{code}} is also on line {{line}}.',

    'code-taken': '{{code}} is already the code of another participant. Each participant needs their own code.',
    'full-names-off': 'Full names are turned off in Settings › Privacy. Use the program code and initials instead.',
    'full-names-still-on': 'Full names are allowed, so they were not erased. Turn full names off first.',
    'participant-has-history_one': '{{code}} has a history in a workshop, which is kept. They cannot be removed.',
    'participant-has-history_other': '{{code}} has a history in {{count}} workshops, which is kept. They cannot be removed.',

    'fidelity-note-adapted': 'Say briefly how the activity was adapted.',
    'fidelity-note-skipped': 'Say briefly why the activity was skipped.',
    'module-lacks-session': 'The module has no session {{session}}.',
    'minimum-over-sessions_one': 'The minimum is more than the {{count}} session of the module.',
    'minimum-over-sessions_other': 'The minimum is more than the {{count}} sessions of the module.',
    'unknown-status': 'There is no attendance status {{status}} in Settings.',
    'status-missing': 'That attendance status is no longer in Settings.',
    'reason-not-for-status': '{{status}} does not take an absence reason.',
    'reason-missing': 'That absence reason is no longer in Settings.',
    'past-edit-unconfirmed': 'This meeting is over. Confirm that you want to change its attendance; the change is recorded.',
    'handout-for-facilitators': 'A facilitator handout is never shown on the presenter screen.',

    'record-never-on-roster': 'That participant has never been on this workshop’s roster.',
    'record-nothing-to-print': 'There is nothing to print yet: no one on this workshop has a record of this kind.',
    'not-completed': '{{participant}} has not completed this workshop: {{attended}} of the {{needed}} sessions needed.',
    'not-completed-required':
      '{{participant}} has not completed this workshop: {{attended}} of the {{needed}} sessions needed, and a required session is missing.',
    'record-not-shown': 'The window no longer shows this record as it was asked for, so nothing was saved. Open the record again and save it from there.',
    'report-not-shown': 'The window no longer shows the funder report for these dates, so nothing was saved. Open the report again and save it from there.',
    'page-saved-by-its-button':
      'This page can only be saved from its own “Save as PDF” button, which notes the export in the workshop’s record. Nothing was saved.',
    'names-export-off':
      'Full names are turned off in Settings, so they cannot be exported. Choose codes or initials, or turn on full names in Settings › Preferences.',
    'no-workshops-in-range': 'No workshop has meetings between {{from}} and {{to}}.',
    'bundle-needs-passphrase':
      'This data is protected, so a bundle of it leaves protected too: give it a passphrase (at least 10 characters), and tell it to the person who will import it another way than the file.',
    'bundle-wrong-passphrase': 'That passphrase does not open this bundle. Ask the person who made it for the passphrase they chose.',

    'module-built-in': 'Modules that come with the app cannot be removed.',
    'module-newer-in-library':
      'Your library already has “{{name}}” version {{version}}, which is newer than this file (version {{candidate}}). Nothing was imported.',
    'module-same-in-library': '“{{name}}” version {{version}} is already in your library, with the same content. Nothing needs importing.',
    'module-changed-same-version':
      'Your library already has “{{name}}” version {{version}}, and this file has different content under the same id and version. If the file is a newer edition, raise its version to {{next}} and import it again. Nothing was imported.',

    'import-backup-failed': 'Nothing was imported, because a backup of your data could not be made first. {{cause}}',
    'purge-backup-failed': 'Nothing was purged, because a backup of your data could not be made first. {{cause}}',
    'backup-folder-inside': 'Choose a folder outside the data folder: a copy kept inside it would be lost with it.',
    'purge-off': 'Purging is turned off in Settings, so nothing was purged.',
    'purge-nothing-left': 'None of the listed workshops can be purged any more, so nothing was purged.',

    locked: 'The data is locked. Unlock it with the passphrase to go on.',
    'locked-meanwhile': 'The data was locked while the dialog was open, so nothing was saved or read. Unlock it and try again.',
    'keychain-after-lock': 'After a lock, the data opens only with the passphrase or the recovery key.',
    'keychain-no-key': 'The keychain does not hold the key to this data. Unlock it with the passphrase.',
    'keychain-failed': 'The keychain could not unlock the data (it may have been reset). Unlock it with the passphrase or the recovery key.',
    'wrong-passphrase': 'That passphrase does not unlock the data. Check that Caps Lock is off and try again, or use the recovery key.',
    'wrong-recovery-key': 'That recovery key does not unlock the data. Check each group of four characters and try again.',
    'not-a-recovery-key': 'That is not a whole recovery key: it has 32 letters and digits, in groups of four.',
    'already-set-up': 'The data is already set up.',
    'already-protected': 'The data is already protected.',
    'no-keychain': 'This computer has no keychain that can protect the key.',
    'key-file-changed':
      'The data’s key file ({{file}}) has been changed outside the app, so it is not trusted and nothing has been changed. Put back a good copy of {{file}} (from a copy of the data folder) and start the app again.',
    'key-file-damaged':
      'The data’s key file ({{file}}) is damaged. Nothing has been changed. Put back a good copy of {{file}} (from a copy of the data folder) and start the app again.',

    'save-failed': 'Could not save {{file}}: {{drive}}. Nothing was changed.',
    'delete-failed': 'Could not delete {{file}}: {{drive}}. Nothing was changed.',
    'backup-failed': 'Could not save a backup of your data: {{drive}}. Nothing was changed.',
    'read-failed': 'Could not read {{file}}: {{drive}}.',
    'open-failed': 'Could not open the data folder {{dir}}: {{drive}}.',
    'data-invalid': 'Could not save {{file}}: the data is not valid. Nothing was changed.',
    'change-failed': 'Could not save {{file}}: the change could not be made. Nothing was changed.',
    'newer-version':
      '{{file}} was written by a newer version of the app (data version {{found}}; this version knows up to {{known}}). Install the newer version to open this data folder. Nothing was changed.',
    'newer-version-change': 'Could not change {{file}}: it was written by a newer version of the app. Nothing was changed.',
    'newer-version-read': 'Could not open {{file}}: it was written by a newer version of the app. Update the app to open it.',
    'workshop-file-damaged':
      'Could not open {{file}}: the file is damaged. Your other workshops are safe; you can restore this one from a backup in Settings › Backups.',
    'data-closed': 'Could not save {{file}}: the data folder is closed.',
    'saving-paused-restoring': 'Could not save {{file}}: a backup is being restored; please try again in a moment. Nothing was changed.',
    'saving-paused-restart': 'Could not save {{file}}: a restore did not finish; please close the app and open it again. Nothing was changed.',
    'lock-taken': 'Could not lock the data folder {{dir}}: another copy of the app keeps taking it.',
    'restore-stuck':
      'The backup was not restored, and the data could not be put back as it was. Close the app and open it again; the data as it was is in the backup {{backup}}.',
    'backup-unreadable': 'This backup cannot be restored: its folder cannot be read. Nothing was changed.',
    'backup-lacks-file': 'This backup cannot be restored: it does not hold {{file}}. Nothing was changed.',
    'backup-file-unreadable': 'This backup cannot be restored: its file {{file}} cannot be read. Nothing was changed.',
    'backup-file-newer': 'This backup cannot be restored: its file {{file}} was written by a newer version of the app. Nothing was changed.',
    'backup-file-damaged': 'This backup cannot be restored: its file {{file}} is damaged. Nothing was changed.',
    'no-second-folder': 'There is no second backup folder to restore from. Choose one in Settings › Backups.',
    'key-missing':
      'The data in {{dir}} is protected, but its key file (keyring.json) is missing, so it cannot be opened. Nothing has been changed. Put keyring.json back from a copy of the data folder (a backup drive, for example) and start the app again.',
    'foreign-key':
      'None of the protected files in {{dir}} opens with this key: the key file (keyring.json) seems to belong to other data. Nothing has been changed.',
    'identity-changed': 'A change to {{file}} tried to change the workshop’s id.',
  },
  /** What is wrong with a field, said after its label. */
  rule: {
    required: 'is required',
    'too-short': 'must be at least {{minimum}} characters',
    'too-long': 'must be at most {{maximum}} characters',
    'too-small': 'must be at least {{minimum}}',
    'too-big': 'must be at most {{maximum}}',
    'too-few_one': 'needs at least one',
    'too-few_other': 'needs at least {{minimum}}',
    'too-many_one': 'can list at most {{maximum}}',
    'too-many_other': 'can list at most {{maximum}}',
    'not-whole': 'must be a whole number',
    'wrong-type': 'is missing or of the wrong kind',
    'bad-format': 'is not written the way it should be',
    'not-an-option': 'is not one of the choices',
    'unknown-field': 'holds a field this form does not know',
    'control-characters': 'must not contain control characters',
    duplicate: 'lists the same thing twice',
    taken: 'is already used by another one',
    'key-taken': 'is already used by “{{label}}”',
    'not-in-settings': 'is no longer in Settings',
    'only-for-absences': 'is only for absences',
    'must-confirm': 'must be confirmed',
    'does-not-unlock': 'does not unlock the data',
    'not-a-recovery-key': 'is not a whole recovery key',
    'does-not-open-bundle': 'does not open this bundle',
    'names-off': 'cannot use full names while they are turned off in Settings',
    'not-in-module': 'names a session the module does not have',
    'ends-before-start': 'must not be before the start',
    'not-an-email': 'must be an email address such as office@example.org',
    'not-a-date': 'must be a date written YYYY-MM-DD',
    'code-characters': 'may hold only letters, digits and dashes',
    'one-key': 'must be one lowercase letter or digit',
    'over-sessions_one': 'is more than the {{count}} session of the module',
    'over-sessions_other': 'is more than the {{count}} sessions of the module',
    'no-statuses': 'cannot be empty',
    'none-attended': 'must include one that counts as attended',
    invalid: 'is not valid',
    'as-reason': 'is not valid',
  },
  /** What went wrong on the drive, inside a sentence: "Could not save settings.json: the disk is full." */
  drive: {
    'disk-full': 'the disk is full',
    quota: 'your storage quota on this disk is used up',
    'read-only': 'the data folder is on a read-only drive',
    'not-allowed': 'the app is not allowed to use the data folder',
    missing: 'the data folder is missing or was moved',
    'drive-error': 'the drive reported an error (it may be failing or was disconnected)',
    'too-many-files': 'too many files are open; close some programs and try again',
    'in-use': 'the file is in use by another program',
    unexpected: 'an unexpected error occurred',
  },
};
