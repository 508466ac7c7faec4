export { attendanceCounts, attendedStatusIds, enrolledOn, expectedParticipantIds, isHeld } from './meetings';
export { atRiskIn, completionRule, NOT_ENROLLED, progressOf, sessionsNeeded } from './completion';
export { sessionsCoveredBy } from './sessions';
