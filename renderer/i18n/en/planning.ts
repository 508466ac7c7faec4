/** Words shared by the planning screens: statuses, reasons and kinds stored in workshop files. */
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
};
