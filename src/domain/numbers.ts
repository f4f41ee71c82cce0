/**
 * Numbers as municipalities write and read them: rounding to an indicator's decimals, reading
 * what people type in Norwegian (or pasted from a spreadsheet), and formatting for display.
 */

const maxDecimals = 20;

function requireDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > maxDecimals) {
    throw new RangeError(`Decimals must be a whole number from 0 to ${maxDecimals}: ${decimals}`);
  }
}

/**
 * Rounds half away from zero (2.5 → 3, −2.5 → −3), as Intl does when it displays a number.
 * It rounds the shortest decimal that prints as the value, as Intl does too, so 1.005 → 1.01
 * even though the double nearest 1.005 is a little below it. Never returns −0.
 */
export function roundTo(value: number, decimals: number): number {
  requireDecimals(decimals);
  if (!Number.isFinite(value)) return value;
  if (value === 0) return 0;

  // toExponential() with no argument gives the shortest digits that read back as the value.
  const [mantissa = '', exponentText = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const keptDigits = Number(exponentText) + 1 + decimals; // digits left of the cut

  if (keptDigits >= digits.length) return value;
  if (keptDigits < 0) return 0;

  const kept = BigInt(digits.slice(0, keptDigits) || '0');
  const scaled = digits.charAt(keptDigits) >= '5' ? kept + 1n : kept;
  if (scaled === 0n) return 0;
  return Math.sign(value) * Number(`${scaled}e-${decimals}`);
}

export type ParsedNumber =
  { ok: true; value: number } | { ok: false; reason: 'empty' | 'not_a_number' };

const notANumber: ParsedNumber = { ok: false, reason: 'not_a_number' };

/** Space, no-break space and narrow no-break space: what Norwegians and Intl put between groups. */
const spaceSeparator = /[ \u00A0\u202F]/;

/** Takes off one unit: "kr" or "kr." in front, or "kr" or "%" behind. */
function withoutUnit(text: string): string {
  const prefixed = /^kr\.?\s*(.*)$/i.exec(text);
  if (prefixed) return prefixed[1] ?? '';
  const suffixed = /^(.*?)\s*(?:kr|%)$/i.exec(text);
  return suffixed ? (suffixed[1] ?? '') : text;
}

/** Splits off a leading sign: hyphen-minus, the minus sign U+2212 that Intl's nb uses, or +. */
function withoutSign(text: string): { negative: boolean; rest: string } {
  const first = text.charAt(0);
  if (first === '-' || first === '\u2212') return { negative: true, rest: text.slice(1) };
  if (first === '+') return { negative: false, rest: text.slice(1) };
  return { negative: false, rest: text };
}

/**
 * The digits of a whole-number part, with any thousands separators checked and removed: groups
 * must be 1-3 digits and then exactly 3, all with the same kind of separator.
 */
function integerDigits(text: string, dotsAllowed: boolean): string | null {
  if (/^\d*$/.test(text)) return text;

  const usesDots = text.includes('.');
  if (usesDots && (!dotsAllowed || spaceSeparator.test(text))) return null;

  const groups = text.split(usesDots ? '.' : spaceSeparator);
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return null;
  if (!rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join('');
}

/**
 * The number as JavaScript writes it ("1234.5"), or null. A comma is always the decimal mark,
 * and dots then separate thousands ("1.234,5"). Without a comma a single dot is the decimal mark,
 * so "1.234" is one point two three four, never one thousand two hundred and thirty-four.
 */
function plainDecimal(text: string): string | null {
  const commas = text.split(',').length - 1;
  const dots = text.split('.').length - 1;
  if (commas > 1 || (commas === 0 && dots > 1)) return null;

  const mark = commas === 1 ? ',' : dots === 1 ? '.' : null;
  const [whole = '', fraction = ''] = mark ? text.split(mark) : [text];
  if (mark && !/^\d+$/.test(fraction)) return null;

  const digits = integerDigits(whole, mark === ',');
  if (digits === null || (digits === '' && fraction === '')) return null;
  return mark ? `${digits || '0'}.${fraction}` : digits;
}

/**
 * Reads a number as a person types it in Norway: "12,5", "12.5", "1 234,5", "1.234,5", "−3,2",
 * "+4", "12,5 %", "kr 1 234". Blank text is 'empty'; anything doubtful is 'not_a_number'.
 */
export function parseNorwegianNumber(text: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };

  const { negative, rest } = withoutSign(withoutUnit(trimmed));
  const plain = plainDecimal(rest);
  if (plain === null) return notANumber;

  const magnitude = Number(plain);
  if (!Number.isFinite(magnitude)) return notANumber;
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : magnitude };
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: 'nb' | 'en', decimals: number): Intl.NumberFormat {
  const cacheKey = `${locale}:${decimals}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

/**
 * The number as shown to users, with exactly `decimals` fraction digits. It rounds with `roundTo`
 * first, so the text always matches the value that status colours are computed from, and a value
 * that rounds to zero shows as 0 rather than −0.
 */
export function formatNumber(value: number, decimals: number, locale: 'nb' | 'en'): string {
  return formatterFor(locale, decimals).format(roundTo(value, decimals));
}

/** Decimals for an amount of kroner: none for whole kroner, two when it has øre (12 500,50). */
export const kronerDecimals = (value: number): 0 | 2 => (Number.isInteger(value) ? 0 : 2);

/** An amount of kroner as the language writes it, with `kronerDecimals`. */
export function formatKroner(value: number, locale: 'nb' | 'en'): string {
  return formatNumber(value, kronerDecimals(value), locale);
}
