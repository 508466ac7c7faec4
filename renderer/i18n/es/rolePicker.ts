/** Choosing the roles one facilitator holds in one workshop. */
export const rolePickerText = {
  legend: 'Roles',
  for: 'de {{name}}',
  addOther: 'Agregar otro rol…',
  addOtherFor: 'Agregar otro rol para {{name}}',
};
