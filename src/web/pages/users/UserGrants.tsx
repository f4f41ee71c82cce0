/**
 * A user's roles: each held on one unit and everything below it. Administrators grant a role by
 * choosing unit and role, and revoke one from its row.
 */
import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { TrashIcon } from '@navikt/aksel-icons';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '#domain/access.js';
import { FormAlert } from '../../components/FormAlert.js';
import { SelectField } from '../../components/SelectField.js';
import { errorMessage } from '../../components/messages.js';
import { type UnitForest, indentedName, unitOptions } from '../../components/unitTree.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import type { Role, RoleGrant, User } from '../../types.js';
import { grantRole, revokeGrant } from './usersApi.js';
import { fieldText } from '../../components/formData.js';

export function UserGrants({
  user,
  forest,
  onChanged,
}: {
  user: User;
  forest: UnitForest | undefined;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [failure, setFailure] = useState<string | null>(null);

  async function revoke(grant: RoleGrant) {
    setFailure(null);
    try {
      await revokeGrant(grant.id);
      onChanged(t('grant.revoke.done', { role: t(`role.${grant.role}`), unit: grant.orgUnitName }));
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <div className="stack">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('grant.title')}
      </Heading>
      <Paragraph data-size="sm">{t('grant.help')}</Paragraph>
      {failure && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {user.grants.length === 0 ? (
        <Paragraph>{t('user.noRoles')}</Paragraph>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <Table zebra data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('grant.unit')}</Table.HeaderCell>
                <Table.HeaderCell>{t('grant.role')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="ds-sr-only">{t('grant.actions')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {user.grants.map((grant) => (
                <Table.Row key={grant.id}>
                  <Table.Cell>{grant.orgUnitName}</Table.Cell>
                  <Table.Cell>{t(`role.${grant.role}`)}</Table.Cell>
                  <Table.Cell className="cell-actions">
                    <Button
                      variant="tertiary"
                      data-color="danger"
                      data-size="sm"
                      onClick={() => void revoke(grant)}
                      aria-label={t('grant.revoke.label', {
                        role: t(`role.${grant.role}`),
                        unit: grant.orgUnitName,
                      })}
                    >
                      <TrashIcon aria-hidden />
                      <span aria-hidden>{t('grant.revoke.open')}</span>
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {forest && <GrantForm user={user} forest={forest} onChanged={onChanged} />}
    </div>
  );
}

const grantFields = ['orgUnitId', 'role'] as const;

function GrantForm({
  user,
  forest,
  onChanged,
}: {
  user: User;
  forest: UnitForest;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const errors = useFormErrors(grantFields);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    const orgUnitId = fieldText(form, 'orgUnitId');
    const role = fieldText(form, 'role') as Role;
    setBusy(true);
    errors.clear();
    try {
      const grant = await grantRole(user.id, { orgUnitId, role });
      onChanged(t('grant.add.done', { role: t(`role.${grant.role}`), unit: grant.orgUnitName }));
    } catch (error) {
      errors.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      id={errors.formId}
      onSubmit={(event) => void submit(event)}
      noValidate
      className="grant-form"
      aria-labelledby={headingId}
    >
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('grant.add.title')}
      </Heading>
      <FormAlert message={errors.form} id={errors.alertId} />
      <div className="grant-form__fields">
        <SelectField label={t('grant.unit')} name="orgUnitId" error={errors.fields.orgUnitId}>
          {unitOptions(forest).map((option) => (
            <option key={option.unit.id} value={option.unit.id}>
              {indentedName(option)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('grant.role')}
          name="role"
          defaultValue="reader"
          error={errors.fields.role}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" loading={busy} className="grant-form__submit">
          {t('grant.add.submit')}
        </Button>
      </div>
    </form>
  );
}
