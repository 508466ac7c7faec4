import type { z } from 'zod';
import type { addMeetingSchema } from '../../../core/contract/planningInputs';
import { call } from '../../api';
import type { useActionForm } from '../../components/useActionForm';
import type { useSaveStatus } from '../../data/useSaveStatus';
import { useWorkshop } from './WorkshopContext';

type NewMeeting = Omit<z.input<typeof addMeetingSchema>, 'workshopId'>;

/** Adds a meeting to the open workshop from a form: refused fields show at the form, the section's status says saved. */
export function useAddMeeting(status: ReturnType<typeof useSaveStatus>) {
  const { view, apply } = useWorkshop();
  return (form: Pick<ReturnType<typeof useActionForm>, 'submit'>, fields: readonly string[], meeting: NewMeeting, onDone: () => void) =>
    void form.submit(() => status.run(() => apply(call('meetings.add', { workshopId: view.workshop.id, ...meeting })), fields), onDone);
}
