/** An indicator's definition in words, grouped as the handbook groups it. */
import { Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { showNumber } from '../../register/targetValues.js';
import type { Basis, Indicator } from '../../register/types.js';
import type { RegisterData } from '../../register/useRegisterData.js';
import type { UnitAccess } from '../../register/useUnitAccess.js';

export function IndicatorFacts({
  indicator,
  access,
  names,
}: {
  indicator: Indicator;
  access: UnitAccess;
  names: RegisterData;
}) {
  const { t } = useTranslation();
  const d = indicator.definition;
  const unknown = t('indicator.unknown');
  const area = names.focusAreas.find((each) => each.id === indicator.focusAreaId)?.name;
  const criteria = indicator.criterionIds.map(
    (id) => names.criteria.find((each) => each.id === id)?.name ?? unknown,
  );
  const units = indicator.unitIds.map((id) => access.unitName(id) ?? unknown);
  const owner = indicator.ownerUserId
    ? (names.people.find((person) => person.id === indicator.ownerUserId)?.name ?? unknown)
    : t('indicator.noOwner');
  const scale =
    d.scaleMin !== null && d.scaleMax !== null
      ? t('indicator.scale', { min: showNumber(d.scaleMin, 0), max: showNumber(d.scaleMax, 0) })
      : null;

  return (
    <div className="indicator__facts">
      <FactGroup title={t('indicator.section.identity')}>
        <Fact label={t('indicator.field.focusAreaId')}>{area ?? unknown}</Fact>
        <Fact label={t('indicator.field.criterionIds')}>
          <List items={criteria} />
        </Fact>
        <Fact label={t('indicator.field.definition')}>{d.definition || t('audit.none')}</Fact>
        <Fact label={t('indicator.field.purpose')}>{d.purpose || t('audit.none')}</Fact>
        <Fact label={t('indicator.field.weaknesses')}>{d.weaknesses || t('audit.none')}</Fact>
      </FactGroup>
      <FactGroup title={t('indicator.field.basis')}>
        <Fact label={t('indicator.field.basisKind')}>
          {t(`indicator.basisKind.${d.basis.kind}`)}
        </Fact>
        <BasisFacts basis={d.basis} />
      </FactGroup>
      <FactGroup title={t('indicator.section.measure')}>
        <Fact label={t('indicator.field.unitOfMeasure')}>
          {t(`indicator.unitOfMeasure.${d.unitOfMeasure}`)}
          {scale && ` (${scale})`}
        </Fact>
        <Fact label={t('indicator.field.decimals')}>{d.decimals}</Fact>
        <Fact label={t('indicator.field.valueType')}>
          {t(`indicator.valueType.${d.valueType}`)}
        </Fact>
        <Fact label={t('indicator.field.direction')}>
          {t(`indicator.direction.${d.direction}`)}
        </Fact>
      </FactGroup>
      <FactGroup title={t('indicator.section.combine')}>
        <Fact label={t('indicator.field.unitAggregation')}>
          {t(`indicator.unitAggregation.${d.unitAggregation}`)}
        </Fact>
        <Fact label={t('indicator.field.periodAggregation')}>
          {t(`indicator.periodAggregation.${d.periodAggregation}`)}
        </Fact>
        <Fact label={t('indicator.field.frequency')}>
          {t(`indicator.frequency.${d.frequency}`)}
        </Fact>
        <Fact label={t('indicator.field.dataCapture')}>{d.dataCapture || t('audit.none')}</Fact>
      </FactGroup>
      <FactGroup title={t('indicator.section.ownership')}>
        <Fact label={t('indicator.field.ownerUnitId')}>
          {access.unitName(indicator.ownerUnitId) ?? unknown}
        </Fact>
        <Fact label={t('indicator.field.ownerUserId')}>{owner}</Fact>
        <Fact label={t('indicator.field.publication')}>
          {t(`indicator.publication.${d.publication}`)}
        </Fact>
        <Fact label={t('indicator.field.unitIds')}>
          <List items={units} />
        </Fact>
      </FactGroup>
    </div>
  );
}

function BasisFacts({ basis }: { basis: Basis }) {
  const { t } = useTranslation();
  switch (basis.kind) {
    case 'question':
      return (
        <Fact label={t('indicator.field.questions')}>
          <List items={basis.questions} ordered />
        </Fact>
      );
    case 'register':
      return <Fact label={t('indicator.field.system')}>{basis.system}</Fact>;
    case 'external_statistic':
      return (
        <>
          <Fact label={t('indicator.field.source')}>{basis.source}</Fact>
          <Fact label={t('indicator.field.table')}>{basis.table}</Fact>
          <Fact label={t('indicator.field.figure')}>{basis.figure || t('audit.none')}</Fact>
        </>
      );
    case 'free_text':
      return <Fact label={t('indicator.field.freeText')}>{basis.text}</Fact>;
  }
}

function FactGroup({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="panel indicator__group" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {title}
      </Heading>
      <dl className="facts facts--wide">{children}</dl>
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function List({ items, ordered = false }: { items: string[]; ordered?: boolean }) {
  const { t } = useTranslation();
  if (items.length === 0) return <>{t('audit.none')}</>;
  if (items.length === 1 && !ordered) return <>{items[0]}</>;
  const Tag = ordered ? 'ol' : 'ul';
  return (
    <Tag className="fact-list">
      {items.map((item, index) => (
        <li key={`${index}-${item}`}>{item}</li>
      ))}
    </Tag>
  );
}
