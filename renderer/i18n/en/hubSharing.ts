/** A workshop's sharing with the program beyond the switch: withdrawn by another laptop (issue 20). */
export const hubSharingText = {
  withdrawn:
    'Withdrawn from the program on {{date}} by another laptop. This copy stays here, with every mark, and is no longer shared. Share it again to send it back to the program.',
};
