/**
 * One text section of a plan: its Markdown as the reader sees it and, on a draft for those who
 * may write, an Edit button that opens the section's editor in place.
 */
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PencilIcon } from '@navikt/aksel-icons';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanMarkdown } from './PlanMarkdown.js';
import type { PlanSectionText } from './plansApi.js';
import { SectionEditor } from './SectionEditor.js';

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
          onNewer={setSaved}
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
