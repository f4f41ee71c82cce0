import 'i18next';
import type nb from './nb.json';

/** Typed keys: a key missing from the bokmål file is a compile error. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb };
  }
}
