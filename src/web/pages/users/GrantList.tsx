import { useTranslation } from 'react-i18next';
import type { RoleGrant } from '../../types.js';

/** A user's roles in words: "Rapportør – Heimetenesta". */
export function GrantList({ grants }: { grants: RoleGrant[] }) {
  const { t } = useTranslation();
  if (grants.length === 0) return <span className="muted">{t('user.noRoles')}</span>;
  return (
    <ul className="plain-list">
      {grants.map((grant) => (
        <li key={grant.id}>
          {t('user.roleOnUnit', { role: t(`role.${grant.role}`), unit: grant.orgUnitName })}
        </li>
      ))}
    </ul>
  );
}
