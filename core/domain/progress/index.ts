export { attendanceCounts, attendedStatusIds, enrolledOn, expectedParticipantIds, expectedParticipants, isHeld } from './meetings';
export { meetingDay, recordedRun, requireNotFuture, requireStartableToday, type HeldTimes, type MeetingDay } from './heldOn';
export { atRiskIn, completionRule, NOT_ENROLLED, progressOf, sessionsNeeded } from './completion';
export { sessionsCoveredBy } from './sessions';
