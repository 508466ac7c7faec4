/** The workshop page's sections and the strip with the next meeting above them. */
export const workshopPageText = {
  sections: {
    label: 'Workshop sections',
    schedule: 'Schedule',
    roster: 'Roster',
    attendance: 'Attendance and completion',
    records: 'Records and exports',
    surveys: 'Surveys',
  },
  strip: {
    label: 'Status and next meeting',
    next: 'Next:',
    today: 'Today:',
    meeting: 'Meeting {{number}}, {{date}}, {{time}}',
    open: 'Open',
    none: 'No meeting ahead.',
  },
  dates: 'Dates',
  archivedRecords: 'Its attendance, printable records and bundle are under Records and exports.',
};
