/**
 * The columns of the indicator handbook in Excel, in bokmål and English. The same headings and
 * value labels are read back by the indicator import, so an exported handbook imports again.
 */
import type { Definition } from './definition.js';

export type Locale = 'nb' | 'en';

export const handbookColumns = [
  'code',
  'name',
  'focusArea',
  'criteria',
  'definition',
  'purpose',
  'weaknesses',
  'basisKind',
  'basisDetail',
  'unitOfMeasure',
  'scaleMin',
  'scaleMax',
  'decimals',
  'valueType',
  'direction',
  'unitAggregation',
  'periodAggregation',
  'frequency',
  'dataCapture',
  'publication',
  'archived',
] as const;

export type HandbookColumn = (typeof handbookColumns)[number];

export const columnHeadings: Record<Locale, Record<HandbookColumn, string>> = {
  nb: {
    code: 'Kode',
    name: 'Navn',
    focusArea: 'Fokusområde',
    criteria: 'Suksesskriterier',
    definition: 'Definisjon',
    purpose: 'Formål',
    weaknesses: 'Kjente svakheter',
    basisKind: 'Målegrunnlag',
    basisDetail: 'Grunnlag i detalj',
    unitOfMeasure: 'Måleenhet',
    scaleMin: 'Skala fra',
    scaleMax: 'Skala til',
    decimals: 'Desimaler',
    valueType: 'Verditype',
    direction: 'Retning',
    unitAggregation: 'Sammenstilling i organisasjonen',
    periodAggregation: 'Sammenstilling over året',
    frequency: 'Frekvens',
    dataCapture: 'Datafangst',
    publication: 'Publisering',
    archived: 'Arkivert',
  },
  en: {
    code: 'Code',
    name: 'Name',
    focusArea: 'Focus area',
    criteria: 'Success criteria',
    definition: 'Definition',
    purpose: 'Purpose',
    weaknesses: 'Known weaknesses',
    basisKind: 'Basis of measurement',
    basisDetail: 'Basis in detail',
    unitOfMeasure: 'Unit of measure',
    scaleMin: 'Scale from',
    scaleMax: 'Scale to',
    decimals: 'Decimals',
    valueType: 'Value type',
    direction: 'Direction',
    unitAggregation: 'Combined across units',
    periodAggregation: 'Combined over the year',
    frequency: 'Frequency',
    dataCapture: 'Data capture',
    publication: 'Publication',
    archived: 'Archived',
  },
};

type EnumField =
  | 'unitOfMeasure'
  | 'valueType'
  | 'direction'
  | 'unitAggregation'
  | 'periodAggregation'
  | 'frequency'
  | 'publication';

export type EnumLabels = { [F in EnumField]: Record<Definition[F], string> } & {
  basisKind: Record<Definition['basis']['kind'], string>;
};

export const valueLabels: Record<Locale, EnumLabels> = {
  nb: {
    unitOfMeasure: {
      percent: 'Prosent',
      kroner: 'Kroner',
      count: 'Antall',
      days: 'Dager',
      score: 'Skår på skala',
      other: 'Annet',
    },
    valueType: { number: 'Tall', ratio: 'Brøk (teller/nevner)' },
    direction: {
      higher_is_better: 'Høyere er bedre',
      lower_is_better: 'Lavere er bedre',
      range: 'Innenfor et intervall',
    },
    unitAggregation: {
      sum: 'Sum',
      mean: 'Gjennomsnitt',
      weighted_mean: 'Vektet gjennomsnitt',
      min: 'Laveste',
      max: 'Høyeste',
      ratio_of_sums: 'Sum tellere / sum nevnere',
      none: 'Ikke sammenstilt',
    },
    periodAggregation: { last: 'Siste verdi', sum: 'Sum', mean: 'Gjennomsnitt' },
    frequency: {
      year: 'År',
      tertial: 'Tertial',
      quarter: 'Kvartal',
      month: 'Måned',
      half_year: 'Halvår',
      school_year: 'Skoleår',
      single_date: 'Enkeltdato',
    },
    publication: { internal: 'Intern', politicians: 'Politikere', public: 'Offentlig' },
    basisKind: {
      question: 'Spørsmålsgrunnlag',
      register: 'Register eller fagsystem',
      external_statistic: 'Ekstern statistikk',
      free_text: 'Fritekst',
    },
  },
  en: {
    unitOfMeasure: {
      percent: 'Percent',
      kroner: 'Kroner',
      count: 'Count',
      days: 'Days',
      score: 'Score on a scale',
      other: 'Other',
    },
    valueType: { number: 'Number', ratio: 'Ratio (numerator/denominator)' },
    direction: {
      higher_is_better: 'Higher is better',
      lower_is_better: 'Lower is better',
      range: 'Within a range',
    },
    unitAggregation: {
      sum: 'Sum',
      mean: 'Mean',
      weighted_mean: 'Weighted mean',
      min: 'Lowest',
      max: 'Highest',
      ratio_of_sums: 'Sum of numerators / sum of denominators',
      none: 'Not combined',
    },
    periodAggregation: { last: 'Last value', sum: 'Sum', mean: 'Mean' },
    frequency: {
      year: 'Year',
      tertial: 'Tertial',
      quarter: 'Quarter',
      month: 'Month',
      half_year: 'Half-year',
      school_year: 'School year',
      single_date: 'Single date',
    },
    publication: { internal: 'Internal', politicians: 'Politicians', public: 'Public' },
    basisKind: {
      question: 'Question basis',
      register: 'Register or system',
      external_statistic: 'External statistic',
      free_text: 'Free text',
    },
  },
};

/** The readable detail of a basis: the questions, the system, or the statistic's table. */
export function basisDetail(basis: Definition['basis']): string {
  switch (basis.kind) {
    case 'question':
      return basis.questions.join('\n');
    case 'register':
      return basis.system;
    case 'external_statistic':
      return [basis.source, basis.table, basis.figure].filter(Boolean).join(' | ');
    case 'free_text':
      return basis.text;
  }
}
