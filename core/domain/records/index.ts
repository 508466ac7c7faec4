export type { RecordContext } from './context';
export { signInSheet, SPARE_LINES } from './signInSheet';
export { attendanceSummary } from './attendanceSummary';
export { attendanceLetters, certificates, RecordRefusal } from './participantRecords';
