/** (Spanish)  Words shared by the planning screens: statuses, reasons and kinds stored in workshop files. */
export const planningText = {
  status: {
    planned: 'Planned',
    running: 'Running',
    finished: 'Finished',
    archived: 'Archived',
  },
  cancelReason: {
    lockdown: 'Lockdown',
    holiday: 'Holiday',
    'facilitator-absent': 'Facilitator absent',
    other: 'Other',
  },
  exitReason: {
    completed: 'Completed',
    released: 'Released',
    transferred: 'Transferred',
    withdrew: 'Withdrew',
    moved: 'Moved to another group',
  },
  meetingKind: {
    planned: 'Planned meeting',
    extra: 'Extra meeting',
    'make-up': 'Make-up meeting',
    'catch-up': 'One-to-one catch-up',
  },
  coverage: {
    one: 'One session per meeting',
    two: 'Two sessions per meeting',
    split: 'One session over two meetings',
  },
  part: 'part {{part}} of 2',
  sessionNumber: 'Session {{number}}',
  conflict: {
    facilitator: '{{name}} is booked twice: {{first}} and {{second}}.',
    site: '{{name}} is booked twice: {{first}} and {{second}}.',
  },
  clockChange: {
    heading: 'Clock change',
    skipped:
      'On {{date}} the clocks go forward, so {{time}} does not happen in {{zone}}. This meeting will be at {{movedTo}}, moved forward by the change, and calendar files say {{movedTo}}. Choose another time if that does not suit.',
    repeated:
      'On {{date}} the clocks go back, so {{time}} happens twice in {{zone}}. This meeting is at the first {{time}}, before the clocks go back, and calendar files say so.',
  },
};
