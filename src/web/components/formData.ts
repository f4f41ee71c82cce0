/** Reading a submitted form: text fields come back as strings, files are never expected. */

/** A field's text with surrounding spaces removed; empty when the field is missing. */
export function fieldText(form: FormData, name: string): string {
  return fieldRaw(form, name).trim();
}

/** A field's text exactly as typed, for passwords where every character counts. */
export function fieldRaw(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
