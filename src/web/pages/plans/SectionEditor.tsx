/**
 * The editor of one plan section: Markdown in a labelled textarea, a toolbar that writes the syntax
 * for those who do not know it, and a preview. A save carries the version the writer saw; when
 * someone else saved first, their text is shown and the writer chooses which to keep.
 */
import { Button, Field, Label, Paragraph, Textarea } from '@digdir/designsystemet-react';
import i18next from 'i18next';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.js';
import { FormAlert } from '../../components/FormAlert.js';
import { errorMessage } from '../../components/messages.js';
import { type MarkdownTool, applyTool } from './markdownEdit.js';
import { PlanMarkdown } from './PlanMarkdown.js';
import { type PlanSectionText, writeSectionText } from './plansApi.js';

const tools: MarkdownTool[] = ['heading', 'bold', 'list', 'link'];

/** Writes one section of a draft; `onSaved` gets the text as the server kept it. */
export function SectionEditor({
  planId,
  section,
  onSaved,
  onNewer,
  onCancel,
}: {
  planId: string;
  section: PlanSectionText;
  onSaved: (section: PlanSectionText) => void;
  /** Someone else's newer text, met on saving; the section shows it even if the writer cancels. */
  onNewer: (section: PlanSectionText) => void;
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

  // The Edit button that opened the editor is gone; the writer goes on in the text.
  useEffect(() => area.current?.focus(), []);

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

  async function save(onTopOf = version) {
    if (saving) return;
    setSaving(true);
    setFailure(null);
    try {
      const { section: saved } = await writeSectionText(planId, section.sectionId, {
        text,
        version: onTopOf,
      });
      onSaved(saved);
    } catch (error) {
      const current = staleCurrent(error);
      if (current) {
        setTheirs(current);
        onNewer(current);
      } else setFailure(describeWriteError(error));
      const shown = current ? conflictId : alertId;
      requestAnimationFrame(() => document.getElementById(shown)?.focus());
    } finally {
      setSaving(false);
    }
  }

  function take(choice: 'theirs' | 'mine') {
    if (!theirs) return;
    setVersion(theirs.version);
    setTheirs(null);
    if (choice === 'mine') {
      void save(theirs.version);
      return;
    }
    setText(theirs.text);
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
      <MarkdownToolbar label={t('plans.editor.toolbar', { title: section.title })} onUse={use} />
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

/**
 * The toolbar as one stop in the tab order: the arrow keys, Home and End move between its buttons,
 * as the ARIA toolbar pattern has it.
 */
function MarkdownToolbar({ label, onUse }: { label: string; onUse: (tool: MarkdownTool) => void }) {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function move(event: KeyboardEvent<HTMLDivElement>) {
    const last = tools.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (active + 1) % tools.length
        : event.key === 'ArrowLeft'
          ? (active + last) % tools.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  }

  return (
    <div role="toolbar" aria-label={label} className="plan-toolbar" onKeyDown={move}>
      {tools.map((tool, index) => (
        <Button
          key={tool}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          variant="tertiary"
          data-size="sm"
          tabIndex={index === active ? 0 : -1}
          onFocus={() => setActive(index)}
          onClick={() => onUse(tool)}
        >
          {t(`plans.editor.tool.${tool}`)}
        </Button>
      ))}
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
