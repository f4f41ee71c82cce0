/**
 * The demo's own words, not from the source: success criteria, indicator codes, definitions and
 * purposes, and the invented people. The Løten scorecards name focus areas and indicators but no
 * success criteria, so these give the målekart its boxes. Written in nynorsk, as Sande writes.
 */

/** Where a criterion is set: the whole municipality, or one of the units with Løten's figures. */
export type DemoUnit = 'top' | 'technical' | 'service';

export const demoUnitNames: Record<Exclude<DemoUnit, 'top'>, string> = {
  /** Løten's Teknisk drift figures are shown here. */
  technical: 'Plan og utvikling',
  /** Løten's Renholdsseksjonen figures are shown here. */
  service: 'Servicekontor, økonomikontor og IKT',
};

export const demoCriteria = {
  users: { focusArea: 'Tjenesteproduksjon', name: 'Nøgde brukarar', unit: 'top' },
  water: {
    focusArea: 'Tjenesteproduksjon',
    name: 'Trygg vassforsyning og avløp',
    unit: 'technical',
  },
  roads: { focusArea: 'Tjenesteproduksjon', name: 'Godt vedlikehaldne vegar', unit: 'technical' },
  sickLeave: { focusArea: 'Arbeidsmiljø', name: 'Lågt sjukefråvær', unit: 'top' },
  staff: { focusArea: 'Arbeidsmiljø', name: 'Nøgde medarbeidarar', unit: 'top' },
  // Renholdsseksjonen publishes these two as focus areas; here they are criteria of Arbeidsmiljø.
  workplace: { focusArea: 'Arbeidsmiljø', name: 'Godt arbeidsmiljø', unit: 'service' },
  safety: { focusArea: 'Arbeidsmiljø', name: 'Sikker arbeidsplass', unit: 'service' },
  budget: { focusArea: 'Økonomistyring', name: 'Drift innanfor budsjett', unit: 'top' },
  skills: {
    focusArea: 'Opplæring, kompetanseheving',
    name: 'Medarbeidarar med oppdatert kompetanse',
    unit: 'service',
  },
} as const satisfies Record<string, { focusArea: string; name: string; unit: DemoUnit }>;

export type CriterionKey = keyof typeof demoCriteria;

/** The source focus areas that become criteria above, so they are not made focus areas too. */
export const foldedFocusAreas = new Map([
  ['Godt arbeidsmiljø', 'Arbeidsmiljø'],
  ['Sikker arbeidsplass', 'Arbeidsmiljø'],
]);

export interface IndicatorTexts {
  code: string;
  criterion: CriterionKey;
  definition: string;
  purpose: string;
  weaknesses?: string;
}

/** Keyed by the indicator's name in the source (the transcriber's reading of it). */
export const indicatorTexts: Record<string, IndicatorTexts> = {
  Brukertilfredshet: {
    code: 'FI-01',
    criterion: 'users',
    definition: 'Samla resultat i brukarundersøkinga, på ein skala frå 1 til 6 der 6 er best.',
    purpose: 'Viser om brukarane er nøgde med tenestene dei får.',
  },
  Medarbeidertilfredshet: {
    code: 'FI-02',
    criterion: 'staff',
    definition: 'Samla resultat i medarbeidarundersøkinga, på ein skala frå 1 til 6 der 6 er best.',
    purpose: 'Viser om medarbeidarane trivst og er nøgde med arbeidsplassen.',
  },
  'Sykefravær - egenmeldt': {
    code: 'FI-03',
    criterion: 'sickLeave',
    definition: 'Eigenmeldt sjukefråvær i prosent for året.',
    purpose: 'Viser korttidsfråværet, som ofte seier noko om arbeidsmiljøet.',
  },
  'Sykefravær – sykemeldt': {
    code: 'FI-04',
    criterion: 'sickLeave',
    definition: 'Legemeldt sjukefråvær i prosent for året.',
    purpose: 'Viser det lengre fråværet, som oppfølging og tilrettelegging skal få ned.',
  },
  'Økonomisk resultat': {
    code: 'FI-05',
    criterion: 'budget',
    definition: 'Økonomisk resultat for eininga i prosent, der 100 % er målet.',
    purpose: 'Viser om eininga driv innanfor den ramma ho har fått.',
    weaknesses:
      'Kjelda seier ikkje kva prosenten er rekna av, eller om eit resultat under 100 % er ' +
      'mindreforbruk eller noko anna. Difor eit intervall rundt 100 %.',
  },
  'Vannkvalitet, avvik i.h.t drikkevannsforskriften, antall/år': {
    code: 'TD-01',
    criterion: 'water',
    definition: 'Talet på avvik frå drikkevassforskrifta i løpet av året.',
    purpose: 'Viser om drikkevatnet er trygt.',
  },
  'Andel av befolkningen med kommunal vannforsyning': {
    code: 'TD-02',
    criterion: 'water',
    definition: 'Del av innbyggjarane med kommunal vassforsyning, i prosent.',
    purpose: 'Viser kor mange som har kontrollert vassforsyning.',
  },
  'Andel utskifting av vannledninger Løten vannverk gjennomsnitt siste 5 år': {
    code: 'TD-03',
    criterion: 'water',
    definition:
      'Del av vassleidningane som er skifta ut, i prosent, som snitt av dei fem siste åra.',
    purpose: 'Viser om leidningsnettet blir fornya i takt med at det eldast.',
  },
  'Andel av befolkningen med kommunalt avløp': {
    code: 'TD-04',
    criterion: 'water',
    definition: 'Del av innbyggjarane som er knytte til kommunalt avløp, i prosent.',
    purpose: 'Viser kor mange som er knytte til kommunalt avløp.',
  },
  'Andel utskifting av avløpsledninger hovedavløpsnettet gjennomsnitt siste 5 år': {
    code: 'TD-05',
    criterion: 'water',
    definition:
      'Del av hovudavløpsnettet som er skifta ut, i prosent, som snitt av dei fem siste åra.',
    purpose: 'Viser om avløpsnettet blir fornya i takt med at det eldast.',
  },
  'Andel kommunale kjøreveger med asfalt': {
    code: 'TD-06',
    criterion: 'roads',
    definition: 'Del av dei kommunale køyrevegane som har asfalt, i prosent.',
    purpose: 'Viser standarden på det kommunale vegnettet.',
    weaknesses:
      'Kjelda publiserte 45 % for 2014 i første versjon og 29 % i den andre, og målet for ' +
      '2015 gjekk frå over 45 % til over 29 %.',
  },
  'Prosentandel medarbeidere på kurs gjennom året': {
    code: 'RS-01',
    criterion: 'skills',
    definition: 'Del av medarbeidarane som har vore på kurs i løpet av året, i prosent.',
    purpose: 'Viser om alle får halde kompetansen ved like.',
  },
  'Antall interne og eksterne kurs': {
    code: 'RS-02',
    criterion: 'skills',
    definition: 'Talet på interne og eksterne kurs som seksjonen har hatt i løpet av året.',
    purpose: 'Viser kor mykje seksjonen satsar på opplæring.',
  },
  'Interne konflikter': {
    code: 'RS-03',
    criterion: 'workplace',
    definition: 'Talet på interne konfliktar i løpet av året.',
    purpose: 'Viser om arbeidsmiljøet er godt.',
  },
  'antall skader': {
    code: 'RS-04',
    criterion: 'safety',
    definition: 'Talet på skadar i løpet av året.',
    purpose: 'Viser om arbeidsplassen er trygg.',
  },
};

/** An indicator's name as shown: as published, with a capital first letter. */
export const displayName = (published: string) =>
  published.charAt(0).toUpperCase() + published.slice(1);

/** Invented people, never real officials; they log in with the administrator's password. */
export const demoPeople = {
  planner: { email: 'kari.demo@example.no', name: 'Kari Demo', role: 'planner', unit: 'top' },
  reporter: {
    email: 'ola.demo@example.no',
    name: 'Ola Demo',
    role: 'reporter',
    unit: 'technical',
  },
  reader: { email: 'siri.demo@example.no', name: 'Siri Demo', role: 'reader', unit: 'top' },
} as const satisfies Record<string, { email: string; name: string; role: string; unit: DemoUnit }>;
