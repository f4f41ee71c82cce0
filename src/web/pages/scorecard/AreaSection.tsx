/**
 * The styringskort as tables: a section per focus area, and under it a table per success
 * criterion (and one for the area's indicators outside every criterion). The tables share their
 * column widths, so the columns line up down the page; in a narrow group each row stacks instead.
 */
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { type ReactNode, memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardFocusArea, CardRow, StatusCounts } from '#domain/scorecardView.js';
import { CardRowView, type RowContext, useColumnLabels } from './CardRow.js';
import { countRows } from './cardView.js';
import { ScrollBox } from './ScrollBox.js';
import { StatusCountList } from './StatusCountList.js';

export const AreaSection = memo(function AreaSection({
  area,
  context,
}: {
  area: CardFocusArea;
  context: RowContext;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const others =
    area.criteria.length > 0 ? t('scorecard.otherIndicators') : t('scorecard.indicators');

  return (
    <section className="card-area" aria-labelledby={headingId}>
      <div className="card-area__head">
        <Heading level={2} data-size="sm" id={headingId}>
          {area.name}
        </Heading>
        <StatusCountList
          counts={area.counts}
          label={t('scorecard.countsOf', { name: area.name })}
        />
      </div>
      {area.description && (
        <Paragraph data-size="sm" className="muted">
          {area.description}
        </Paragraph>
      )}
      {area.criteria.map((criterion) => (
        <RowGroup
          key={criterion.id}
          anchor={`criterion-${criterion.id}`}
          title={criterion.name}
          counts={criterion.counts}
          rows={criterion.rows}
          context={context}
        />
      ))}
      {area.otherRows.length > 0 && (
        <RowGroup
          anchor={`criterion-${area.id}`}
          title={others}
          counts={countRows(area.otherRows)}
          rows={area.otherRows}
          context={context}
        />
      )}
      {area.criteria.length === 0 && area.otherRows.length === 0 && (
        <Paragraph data-size="sm">{t('scorecard.noIndicators')}</Paragraph>
      )}
    </section>
  );
});

function RowGroup({
  anchor,
  title,
  counts,
  rows,
  context,
}: {
  anchor: string;
  title: string;
  counts: StatusCounts;
  rows: CardRow[];
  context: RowContext;
}) {
  const { t } = useTranslation();
  return (
    <div className="card-group">
      <div className="card-group__head">
        <Heading level={3} data-size="2xs" id={anchor} tabIndex={-1}>
          {title}
        </Heading>
        <StatusCountList counts={counts} label={t('scorecard.countsOf', { name: title })} />
      </div>
      {rows.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {t('scorecard.noIndicators')}
        </Paragraph>
      ) : (
        <CardTable caption={t('scorecard.caption', { name: title })} context={context}>
          {rows.map((row) => (
            <CardRowView key={row.indicator.id} row={row} context={context} />
          ))}
        </CardTable>
      )}
    </div>
  );
}

/** The indicators of one group, in columns that line up with every other group's. */
function CardTable({
  caption,
  context,
  children,
}: {
  caption: string;
  context: RowContext;
  children: ReactNode;
}) {
  const labels = useColumnLabels(context);
  const captionId = useId();
  return (
    <ScrollBox labelledBy={captionId}>
      <Table className="card-table" data-size="sm">
        <caption id={captionId} className="ds-sr-only">
          {caption}
        </caption>
        <colgroup>
          <col className="card-table__col-indicator" />
          <col className="card-table__col-target" />
          <col className="card-table__col-result" />
          <col className="card-table__col-status" />
          <col className="card-table__col-compare" />
          {context.showLastYear && <col className="card-table__col-compare" />}
          <col className="card-table__col-spark" />
          <col className="card-table__col-comment" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{labels.indicator}</th>
            <th scope="col">{labels.target}</th>
            <th scope="col">{labels.result}</th>
            <th scope="col">{labels.status}</th>
            <th scope="col">{labels.previous}</th>
            {context.showLastYear && <th scope="col">{labels.lastYear}</th>}
            <th scope="col">{labels.sparkline}</th>
            <th scope="col">{labels.comment}</th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </Table>
    </ScrollBox>
  );
}
