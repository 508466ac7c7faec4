/** (Spanish)  Choosing the roles one facilitator holds in one workshop. */
export const rolePickerText = {
  legend: 'Roles',
  for: 'of {{name}}',
  addOther: 'Add another role…',
  addOtherFor: 'Add another role for {{name}}',
};
