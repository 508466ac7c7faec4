import type { ComponentProps } from 'react';
import { ActionForm } from '../../components/ActionForm';

/** An action form in the workshop's look (also used on the meeting screen). */
export function WorkshopForm(props: Omit<ComponentProps<typeof ActionForm>, 'className' | 'headingClassName'>) {
  return <ActionForm {...props} className="workshop-form" headingClassName="workshop-form-heading" />;
}
