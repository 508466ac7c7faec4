import { useTranslation } from 'react-i18next';
import { facilitatorRoles, type FacilitatorRole } from '../../../core/domain/settings';
import { inRoleOrder } from './roles';
import './rolePicker.css';

/**
 * The roles one facilitator holds in one workshop (several at once: a co-facilitator who is also the
 * survivor mentor). Their roles from Settings are boxes to tick; any other role can be added.
 */
export function RolePicker({
  id,
  name,
  ownRoles,
  roles,
  onChange,
}: {
  id: string;
  name: string;
  /** The roles Settings gives this person. */
  ownRoles: readonly FacilitatorRole[];
  /** The roles they hold in this workshop. */
  roles: readonly FacilitatorRole[];
  onChange: (roles: FacilitatorRole[]) => void;
}) {
  const { t } = useTranslation();
  const shown = inRoleOrder([...ownRoles, ...roles]);
  const others = facilitatorRoles.filter((role) => !shown.includes(role));
  const toggle = (role: FacilitatorRole, held: boolean) => onChange(inRoleOrder(held ? [...roles, role] : roles.filter((each) => each !== role)));

  return (
    <fieldset className="plan-role-picker">
      <legend>
        {t('rolePicker.legend')}
        <span className="visually-hidden"> {t('rolePicker.for', { name })}</span>
      </legend>
      {shown.map((role) => (
        <label key={role} className="checkbox plan-role-picker-role">
          <input type="checkbox" checked={roles.includes(role)} onChange={(event) => toggle(role, event.target.checked)} />
          {t(`settings.roles.${role}`)}
        </label>
      ))}
      {others.length > 0 ? (
        <select
          id={`${id}-other`}
          className="compact-select plan-role-picker-other"
          aria-label={t('rolePicker.addOtherFor', { name })}
          value=""
          onChange={(event) => {
            if (event.target.value) toggle(event.target.value as FacilitatorRole, true);
          }}
        >
          <option value="">{t('rolePicker.addOther')}</option>
          {others.map((role) => (
            <option key={role} value={role}>
              {t(`settings.roles.${role}`)}
            </option>
          ))}
        </select>
      ) : null}
    </fieldset>
  );
}
