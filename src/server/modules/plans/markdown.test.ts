import { describe, expect, it } from 'vitest';
import { plainText } from './markdown.js';

describe('a plan text as plain words', () => {
  it('drops the formatting and keeps the words', () => {
    expect(plainText('Vi gir **gode** tjenester med [oss](https://sande.kommune.no).')).toBe(
      'Vi gir gode tjenester med oss.',
    );
  });

  it('ends a heading or list item with a full stop, so it does not run into what follows', () => {
    const text = '## Mål for 2015\n\n- Saksbehandling innen fristen\n- Digitale planer\n\nLes mer.';
    expect(plainText(text)).toBe(
      'Mål for 2015. Saksbehandling innen fristen. Digitale planer. Les mer.',
    );
  });

  it('leaves a block that already ends with a mark of its own as it is', () => {
    expect(plainText('## Hva gjør vi?\n\nKort fortalt: mye!\n\nSe dette:')).toBe(
      'Hva gjør vi? Kort fortalt: mye! Se dette:',
    );
  });
});
