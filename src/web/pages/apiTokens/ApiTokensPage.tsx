/**
 * API tokens for administrators: another system (a survey tool, a payroll system) posts results
 * for one unit and everything below it with a token. The token is shown once, when it is made;
 * only its fingerprint is kept, so a lost token is revoked and replaced.
 */
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { FilesIcon, KeyHorizontalIcon, TrashIcon } from '@navikt/aksel-icons';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog.js';
import { fieldText } from '../../components/formData.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { SelectField } from '../../components/SelectField.js';
import { indentedName, unitOptions } from '../../components/unitTree.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useLoad } from '../../components/useLoad.js';
import { formatDateTime } from '../../format.js';
import { FeedbackView, useFeedback } from '../../register/Feedback.js';
import { type UnitAccess, useUnitAccess } from '../../register/useUnitAccess.js';
import * as results from '../../results/resultsApi.js';
import type { ApiToken } from '../../results/types.js';
import '../results/results.css';

export function ApiTokensPage() {
  const { t } = useTranslation();
  const { access, error: accessError, reload: reloadAccess } = useUnitAccess();
  const load = useCallback(() => results.listApiTokens(), []);
  const { data: tokens, error, reload } = useLoad(load);
  const feedback = useFeedback();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const failed = error ?? accessError;

  return (
    <Page
      title={t('apiTokens.title')}
      actions={
        <Button data-size="sm" onClick={() => setCreating(true)}>
          <KeyHorizontalIcon aria-hidden />
          {t('apiTokens.create.open')}
        </Button>
      }
    >
      <div className="stack api-tokens">
        <Paragraph>{t('apiTokens.intro')}</Paragraph>
        {created && <NewToken token={created.token} name={created.name} />}
        <FeedbackView feedback={feedback} />
        {failed ? (
          <LoadError
            error={failed}
            retry={() => {
              reload();
              reloadAccess();
            }}
          />
        ) : !tokens || !access ? (
          <Loading />
        ) : (
          <TokenTable tokens={tokens} access={access} onRevoke={setRevoking} />
        )}
      </div>
      {access && (
        <CreateTokenDialog
          open={creating}
          access={access}
          onClose={() => setCreating(false)}
          onCreated={(token, name) => {
            feedback.clear();
            setCreated({ token, name });
            reload();
          }}
        />
      )}
      <RevokeDialog
        token={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(name) => {
          setCreated(null);
          feedback.show(t('apiTokens.revoke.done', { name }));
          reload();
        }}
      />
    </Page>
  );
}

/** The token, once: in a field that is easy to select, with a button that copies it. */
function NewToken({ token, name }: { token: string; name: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const headingId = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <Alert data-color="warning" role="status" className="new-token" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('apiTokens.shown.title', { name })}
      </Heading>
      <Paragraph>{t('apiTokens.shown.once')}</Paragraph>
      <div className="new-token__row">
        <Textfield
          label={t('apiTokens.shown.label')}
          value={token}
          readOnly
          className="new-token__field"
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="secondary" data-size="sm" onClick={() => void copy()}>
          <FilesIcon aria-hidden />
          {t('apiTokens.shown.copy')}
        </Button>
      </div>
      <Paragraph data-size="sm" aria-live="polite">
        {copied ? t('apiTokens.shown.copied') : t('apiTokens.shown.howToUse')}
      </Paragraph>
    </Alert>
  );
}

function TokenTable({
  tokens,
  access,
  onRevoke,
}: {
  tokens: ApiToken[];
  access: UnitAccess;
  onRevoke: (token: ApiToken) => void;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  if (tokens.length === 0) return <Paragraph>{t('apiTokens.none')}</Paragraph>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table zebra className="stacking-table">
        <caption id={captionId} className="ds-sr-only">
          {t('apiTokens.title')}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('apiTokens.column.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('apiTokens.column.unit')}</Table.HeaderCell>
            <Table.HeaderCell>{t('apiTokens.column.created')}</Table.HeaderCell>
            <Table.HeaderCell>{t('apiTokens.column.lastUsed')}</Table.HeaderCell>
            <Table.HeaderCell>{t('apiTokens.column.state')}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="ds-sr-only">{t('apiTokens.column.actions')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {tokens.map((token) => (
            <Table.Row key={token.id}>
              <Table.Cell data-label={t('apiTokens.column.name')} className="break">
                {token.name}
              </Table.Cell>
              <Table.Cell data-label={t('apiTokens.column.unit')}>
                {access.unitName(token.orgUnitId) ?? '–'}
              </Table.Cell>
              <Table.Cell data-label={t('apiTokens.column.created')} className="nowrap">
                {formatDateTime(token.createdAt)}
              </Table.Cell>
              <Table.Cell data-label={t('apiTokens.column.lastUsed')} className="nowrap">
                {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('apiTokens.neverUsed')}
              </Table.Cell>
              <Table.Cell data-label={t('apiTokens.column.state')}>
                {token.revokedAt ? (
                  <Tag data-color="neutral" data-size="sm">
                    {t('apiTokens.revokedAt', { at: formatDateTime(token.revokedAt) })}
                  </Tag>
                ) : (
                  <Tag data-color="success" data-size="sm">
                    {t('apiTokens.active')}
                  </Tag>
                )}
              </Table.Cell>
              <Table.Cell data-label={t('apiTokens.column.actions')} className="cell-actions">
                {!token.revokedAt && (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    data-color="danger"
                    onClick={() => onRevoke(token)}
                  >
                    <TrashIcon aria-hidden />
                    {t('apiTokens.revoke.open')}
                    <span className="ds-sr-only"> {token.name}</span>
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function CreateTokenDialog({
  open,
  access,
  onClose,
  onCreated,
}: {
  open: boolean;
  access: UnitAccess;
  onClose: () => void;
  onCreated: (token: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors(['name', 'orgUnitId']);
  const units = unitOptions(access.forest).filter((option) =>
    access.can(option.unit.id, 'administrator'),
  );
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('apiTokens.create.title')}
      submitLabel={t('apiTokens.create.submit')}
      errors={errors}
      onSubmit={async (form) => {
        const name = fieldText(form, 'name');
        const reply = await results.createApiToken({
          name,
          orgUnitId: fieldText(form, 'orgUnitId'),
        });
        onCreated(reply.token, reply.apiToken.name);
      }}
    >
      <Textfield
        label={t('apiTokens.create.name')}
        description={t('apiTokens.create.nameHelp')}
        name="name"
        required
        autoComplete="off"
        error={errors.fields.name}
      />
      <SelectField
        label={t('apiTokens.create.unit')}
        description={t('apiTokens.create.unitHelp')}
        name="orgUnitId"
        error={errors.fields.orgUnitId}
      >
        {units.map((option) => (
          <option key={option.unit.id} value={option.unit.id}>
            {indentedName(option)}
          </option>
        ))}
      </SelectField>
    </FormDialog>
  );
}

function RevokeDialog({
  token,
  onClose,
  onRevoked,
}: {
  token: ApiToken | null;
  onClose: () => void;
  onRevoked: (name: string) => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors([]);
  const name = token?.name ?? '';
  return (
    <FormDialog
      open={token !== null}
      onClose={onClose}
      title={t('apiTokens.revoke.title', { name })}
      submitLabel={t('apiTokens.revoke.submit')}
      errors={errors}
      danger
      onSubmit={async () => {
        if (!token) return;
        await results.revokeApiToken(token.id);
        onRevoked(name);
      }}
    >
      <Paragraph>{t('apiTokens.revoke.help')}</Paragraph>
    </FormDialog>
  );
}
