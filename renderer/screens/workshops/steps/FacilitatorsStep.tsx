import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { facilitatorRoles, type Facilitator, type FacilitatorRole } from '../../../../electron/domain/settings';
import { describedBy } from '../../../components/fieldError';
import { FieldMessages } from '../../../components/FieldMessages';
import { i18n } from '../../../i18n';
import { suggestedRole, uncoveredRoles } from '../planDraft';
import { fieldIds } from '../planFields';
import type { StepProps } from './stepProps';

/** Step 3: who runs the group and in which role; warns (without blocking) when a role the module requires is not covered. */
export function FacilitatorsStep({ draft, setDraft, errorFor, module, settings }: StepProps) {
  const { t } = useTranslation();
  const error = errorFor('facilitators');
  const missing = uncoveredRoles(draft, module);
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });

  function roleShown(facilitator: Facilitator): FacilitatorRole {
    const taken = draft.facilitatorIds.filter((id) => id !== facilitator.id).map((id) => draft.roles[id]).filter((role) => role !== undefined);
    return draft.roles[facilitator.id] ?? suggestedRole(facilitator, module, taken);
  }

  function choose(facilitator: Facilitator, chosen: boolean, role = roleShown(facilitator)) {
    setDraft((current) => ({
      ...current,
      facilitatorIds: chosen
        ? [...current.facilitatorIds.filter((id) => id !== facilitator.id), facilitator.id]
        : current.facilitatorIds.filter((id) => id !== facilitator.id),
      roles: { ...current.roles, [facilitator.id]: role },
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
              const takenBy = settings.facilitators.filter((facilitator) => draft.facilitatorIds.includes(facilitator.id) && draft.roles[facilitator.id] === entry.role);
              return (
                <li key={entry.role}>
                  <strong>{t(`settings.roles.${entry.role}`)}</strong> (
                  {t(entry.required ? 'workshops.plan.facilitators.required' : 'workshops.plan.facilitators.optional')})
                  {takenBy.length > 0 ? <span className="plan-role-taken"> — {t('workshops.plan.facilitators.takenBy', { names: list.format(takenBy.map((facilitator) => facilitator.name)) })}</span> : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      {settings.facilitators.length === 0 ? (
        <p className="empty">
          <Trans i18nKey="workshops.plan.facilitators.none" components={{ link: <Link to="/settings" /> }} />
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
              const roleId = `plan-role-${facilitator.id}`;
              const others = facilitatorRoles.filter((role) => !facilitator.roles.includes(role));
              return (
                <li key={facilitator.id} className={chosen ? 'plan-facilitator plan-facilitator--chosen' : 'plan-facilitator'}>
                  <label className="checkbox plan-facilitator-name">
                    <input type="checkbox" checked={chosen} onChange={(event) => choose(facilitator, event.target.checked)} />
                    {facilitator.name}
                  </label>
                  <div className="plan-facilitator-role">
                    <label htmlFor={roleId}>
                      {t('workshops.plan.facilitators.role')}
                      <span className="visually-hidden"> {t('workshops.plan.facilitators.roleFor', { name: facilitator.name })}</span>
                    </label>
                    <select id={roleId} value={roleShown(facilitator)} onChange={(event) => choose(facilitator, true, event.target.value as FacilitatorRole)}>
                      <optgroup label={t('workshops.plan.facilitators.theirRoles')}>
                        {facilitator.roles.map((role) => (
                          <option key={role} value={role}>
                            {t(`settings.roles.${role}`)}
                          </option>
                        ))}
                      </optgroup>
                      {others.length > 0 ? (
                        <optgroup label={t('workshops.plan.facilitators.otherRoles')}>
                          {others.map((role) => (
                            <option key={role} value={role}>
                              {t(`settings.roles.${role}`)}
                            </option>
                          ))}
                        </optgroup>
                      ) : null}
                    </select>
                  </div>
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
