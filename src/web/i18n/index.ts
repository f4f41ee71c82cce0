/**
 * Translations: bokmål is the default and the fallback; English is complete. Every visible string
 * goes through here, and `<html lang>` follows the chosen language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../types.js';
import en from './en.json';
import nb from './nb.json';

/** English must have every key bokmål has; a missing one fails the type check. */
const english: typeof nb = en;

const storageKey = 'balanse.locale';

/** The language to use before anyone has logged in: the last one chosen in this browser. */
function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(storageKey);
  return stored === 'en' || stored === 'nb' ? stored : 'nb';
}

void i18next.use(initReactI18next).init({
  resources: { nb: { translation: nb }, en: { translation: english } },
  lng: initialLocale(),
  fallbackLng: 'nb',
  supportedLngs: ['nb', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
  globalThis.localStorage?.setItem(storageKey, language);
}

reflectLanguage(i18next.language);
i18next.on('languageChanged', reflectLanguage);

export function currentLocale(): Locale {
  return i18next.language === 'en' ? 'en' : 'nb';
}

export async function changeLocale(locale: Locale): Promise<void> {
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

export default i18next;
