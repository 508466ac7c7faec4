import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Facilitator, FacilitatorRole } from '../../../../core/domain/settings';
import { describedBy } from '../../../components/fieldError';
import { FieldMessages } from '../../../components/FieldMessages';
import { i18n } from '../../../i18n';
import { suggestedRole, uncoveredRoles } from '../planDraft';
import { fieldIds } from '../planFields';
import { RolePicker } from '../RolePicker';
import type { StepProps } from './stepProps';

/**
 * Step 3: who runs the group and in which roles (one person may hold several); warns (without
 * blocking) when a role the module requires is not covered.
 */
export function FacilitatorsStep({ draft, setDraft, errorFor, module, settings }: StepProps) {
  const { t } = useTranslation();
  const error = errorFor('facilitators');
  const missing = uncoveredRoles(draft, module);
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });

  function rolesShown(facilitator: Facilitator): FacilitatorRole[] {
    const picked = draft.roles[facilitator.id];
    if (picked && picked.length > 0) return picked;
    const taken = draft.facilitatorIds.filter((id) => id !== facilitator.id).flatMap((id) => draft.roles[id] ?? []);
    return [suggestedRole(facilitator, module, taken)];
  }

  /** Ticking a role chooses the facilitator; clearing their last role leaves them out. */
  function choose(facilitator: Facilitator, chosen: boolean, roles = rolesShown(facilitator)) {
    const stays = chosen && roles.length > 0;
    setDraft((current) => ({
      ...current,
      facilitatorIds: stays
        ? [...current.facilitatorIds.filter((id) => id !== facilitator.id), facilitator.id]
        : current.facilitatorIds.filter((id) => id !== facilitator.id),
      roles: { ...current.roles, [facilitator.id]: roles },
    }));
  }

  return (
    <>
      <p>{t('workshops.plan.facilitators.intro')}</p>
      {module ? (
        <div className="plan-module-roles">
          <h3 id="plan-module-roles">{t('workshops.plan.facilitators.moduleRoles')}</h3>
          <ul className="plain-list" aria-labelledby="plan-module-roles">
            {module.facilitation.roles.map((entry) => {
              const takenBy = settings.facilitators.filter(
                (facilitator) => draft.facilitatorIds.includes(facilitator.id) && (draft.roles[facilitator.id] ?? []).includes(entry.role),
              );
              return (
                <li key={entry.role}>
                  <strong>{t(`settings.roles.${entry.role}`)}</strong> (
                  {t(entry.required ? 'workshops.plan.facilitators.required' : 'workshops.plan.facilitators.optional')})
                  {takenBy.length > 0 ? (
                    <span className="plan-role-taken">
                      {' '}
                      — {t('workshops.plan.facilitators.takenBy', { names: list.format(takenBy.map((facilitator) => facilitator.name)) })}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      {settings.facilitators.length === 0 ? (
        <p className="empty">
          <Trans i18nKey="workshops.plan.facilitators.none" components={{ link: <Link to="/settings/facilitators" /> }} />
        </p>
      ) : (
        <fieldset
          id={fieldIds.facilitators}
          className={error ? 'field field--group field--invalid plan-choices' : 'field field--group plan-choices'}
          aria-describedby={describedBy(fieldIds.facilitators, false, Boolean(error))}
        >
          <legend>{t('workshops.plan.facilitators.legend')}</legend>
          <FieldMessages id={fieldIds.facilitators} error={error} />
          <ul className="plan-facilitator-list">
            {settings.facilitators.map((facilitator) => {
              const chosen = draft.facilitatorIds.includes(facilitator.id);
              return (
                <li key={facilitator.id} className={chosen ? 'plan-facilitator plan-facilitator--chosen' : 'plan-facilitator'}>
                  <label className="checkbox plan-facilitator-name">
                    <input type="checkbox" checked={chosen} onChange={(event) => choose(facilitator, event.target.checked)} />
                    {facilitator.name}
                  </label>
                  <RolePicker
                    id={`plan-roles-${facilitator.id}`}
                    name={facilitator.name}
                    ownRoles={facilitator.roles}
                    roles={chosen ? rolesShown(facilitator) : []}
                    onChange={(roles) => choose(facilitator, true, roles)}
                  />
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}

      {/* Always present, so the warning is announced when it appears. */}
      <p className={missing.length > 0 ? 'notice-inline plan-warning' : 'visually-hidden'} role="status">
        {missing.length > 0
          ? t('workshops.plan.facilitators.missing', { count: missing.length, roles: list.format(missing.map((role) => t(`settings.roles.${role}`))) })
          : ''}
      </p>
    </>
  );
}
