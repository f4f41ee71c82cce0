/**
 * One text section of a plan: its Markdown as the reader sees it, and on a draft, for those who
 * may write, an editor with a small Markdown toolbar and a preview. A save carries the version the
 * writer saw; when someone else saved first, their text is shown and the writer chooses.
 */
import { Button, Field, Heading, Label, Paragraph, Textarea } from '@digdir/designsystemet-react';
import { PencilIcon } from '@navikt/aksel-icons';
import i18next from 'i18next';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.js';
import { FormAlert } from '../../components/FormAlert.js';
import { errorMessage } from '../../components/messages.js';
import { type MarkdownTool, applyTool } from './markdownEdit.js';
import { PlanMarkdown } from './PlanMarkdown.js';
import { type PlanSectionText, writeSectionText } from './plansApi.js';

export function PlanSection({
  planId,
  section: loaded,
  canEdit,
  onSaved,
}: {
  planId: string;
  section: PlanSectionText;
  canEdit: boolean;
  onSaved: (section: PlanSectionText) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  // The text just saved shows at once, not the one from before until the plan has reloaded.
  const [saved, setSaved] = useState<PlanSectionText | null>(null);
  const section = saved && saved.version > loaded.version ? saved : loaded;
  const editButton = useRef<HTMLButtonElement>(null);

  function close() {
    setEditing(false);
    // Back to where the writer started, so the keyboard does not fall to the top of the page.
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <section className="plan-section" aria-labelledby={headingId}>
      <div className="plan-section__head">
        <Heading level={2} data-size="sm" id={headingId}>
          {section.title}
        </Heading>
        {canEdit && !editing && (
          <Button
            ref={editButton}
            variant="secondary"
            data-size="sm"
            className="plan-edit"
            aria-label={t('plans.section.editNamed', { title: section.title })}
            onClick={() => setEditing(true)}
          >
            <PencilIcon aria-hidden />
            {t('plans.section.edit')}
          </Button>
        )}
      </div>
      {editing ? (
        <SectionEditor
          planId={planId}
          section={section}
          onSaved={(written) => {
            setSaved(written);
            onSaved(written);
            close();
          }}
          onCancel={close}
        />
      ) : section.text.trim() ? (
        <PlanMarkdown text={section.text} />
      ) : (
        <Paragraph className="muted">{t('plans.section.empty')}</Paragraph>
      )}
    </section>
  );
}

const tools: MarkdownTool[] = ['heading', 'bold', 'list', 'link'];

function SectionEditor({
  planId,
  section,
  onSaved,
  onCancel,
}: {
  planId: string;
  section: PlanSectionText;
  onSaved: (section: PlanSectionText) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const alertId = useId();
  const conflictId = useId();
  const previewId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(section.text);
  const [version, setVersion] = useState(section.version);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<PlanSectionText | null>(null);

  function use(tool: MarkdownTool) {
    const element = area.current;
    if (!element) return;
    const next = applyTool(
      { text, start: element.selectionStart, end: element.selectionEnd },
      tool,
      { bold: t('plans.editor.boldPlaceholder'), link: t('plans.editor.linkPlaceholder') },
    );
    setText(next.text);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(next.start, next.end);
    });
  }

  async function save() {
    if (saving) return;
    setSaving(true);
    setFailure(null);
    try {
      const { section: saved } = await writeSectionText(planId, section.sectionId, {
        text,
        version,
      });
      onSaved(saved);
    } catch (error) {
      const current = staleCurrent(error);
      if (current) setTheirs(current);
      else setFailure(describeWriteError(error));
      const shown = current ? conflictId : alertId;
      requestAnimationFrame(() => document.getElementById(shown)?.focus());
    } finally {
      setSaving(false);
    }
  }

  function take(choice: 'theirs' | 'mine') {
    if (!theirs) return;
    if (choice === 'theirs') setText(theirs.text);
    setVersion(theirs.version);
    setTheirs(null);
    area.current?.focus();
  }

  return (
    <div className="plan-editor">
      <FormAlert message={failure} id={alertId} />
      {theirs && (
        <div className="plan-conflict" role="alert" tabIndex={-1} id={conflictId}>
          <Paragraph>
            {t('plans.editor.stale', { name: theirs.updatedBy?.name ?? t('plans.someone') })}
          </Paragraph>
          <div className="plan-conflict__text">
            <PlanMarkdown text={theirs.text} under={3} />
          </div>
          <div className="button-row">
            <Button data-size="sm" onClick={() => take('theirs')}>
              {t('plans.editor.takeTheirs')}
            </Button>
            <Button data-size="sm" variant="secondary" onClick={() => take('mine')}>
              {t('plans.editor.keepMine')}
            </Button>
          </div>
        </div>
      )}
      <div
        role="toolbar"
        aria-label={t('plans.editor.toolbar', { title: section.title })}
        className="plan-toolbar"
      >
        {tools.map((tool) => (
          <Button key={tool} variant="tertiary" data-size="sm" onClick={() => use(tool)}>
            {t(`plans.editor.tool.${tool}`)}
          </Button>
        ))}
      </div>
      <Field>
        <Label>{t('plans.editor.label', { title: section.title })}</Label>
        <Field.Description>{t('plans.editor.help')}</Field.Description>
        <Textarea
          ref={area}
          rows={12}
          value={text}
          aria-controls={previewId}
          onChange={(event) => setText(event.target.value)}
        />
      </Field>
      <div className="button-row">
        <Button data-size="sm" onClick={() => void save()} aria-disabled={saving || undefined}>
          {t('plans.editor.save')}
        </Button>
        <Button data-size="sm" variant="secondary" onClick={onCancel}>
          {t('plans.editor.cancel')}
        </Button>
      </div>
      <section className="plan-preview" id={previewId} aria-label={t('plans.editor.preview')}>
        <Paragraph data-size="sm" className="plan-preview__label" aria-hidden>
          {t('plans.editor.preview')}
        </Paragraph>
        {text.trim() ? (
          <PlanMarkdown text={text} />
        ) : (
          <Paragraph className="muted">{t('plans.section.empty')}</Paragraph>
        )}
      </section>
    </div>
  );
}

function staleCurrent(error: unknown): PlanSectionText | null {
  if (!(error instanceof ApiError) || error.code !== 'stale_write') return null;
  const details = error.details as { current?: PlanSectionText } | undefined;
  return details?.current ?? null;
}

/** The server's message in the user's words, with the line it found the fault on. */
function describeWriteError(error: unknown): string {
  const message = errorMessage(error);
  const details = error instanceof ApiError ? (error.details as { line?: unknown }) : undefined;
  const line = typeof details?.line === 'number' ? details.line : null;
  return line === null ? message : `${message} (${i18nLine(line)})`;
}

const i18nLine = (line: number) => i18next.t('plans.editor.onLine', { line });
