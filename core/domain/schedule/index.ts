export { generateSchedule, patternDatesAfter, type GeneratedSchedule } from './generate';
export {
  ScheduleError,
  addMeeting,
  addedMeetingKinds,
  type AddedMeetingKind,
  cancelMeeting,
  moveMeeting,
  restoreMeeting,
  setMeetingSessions,
  sortMeetings,
  uncoveredSessionIds,
} from './edit';
export { bookingsOf, findConflicts, previewBookings, type Booking } from './conflicts';
export { doubleBookingsBetween, type DoubleBooking, type GroupBooking } from './doubleBookings';
export { workshopStatus } from './status';
