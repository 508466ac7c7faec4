/** Choosing languages: the app's (Settings › Language), a group's, and that of what is printed, shown to the room or exported. */
export const languagesText = {
  settings: {
    heading: 'Language',
    label: 'Language of the app',
    hint: 'Every screen uses it at once. New workshops and exported files start in it; each workshop can have its own language for what the group sees and takes home.',
  },
  workshop: {
    label: 'Language of the group',
    hint: 'The presenter screen, handouts, sign-in sheets, letters and certificates come out in it, unless another language is chosen when printing.',
  },
  print: {
    label: 'Language of the page',
  },
  exports: {
    label: 'Language of the file',
    hint: 'Column headers and labels are written in it. What people typed, such as titles and names, stays as written.',
  },
};
