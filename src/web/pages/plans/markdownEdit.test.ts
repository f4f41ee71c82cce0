import { describe, expect, test } from 'vitest';
import { type TextSelection, applyTool } from './markdownEdit.js';

const placeholders = { bold: 'fet tekst', link: 'lenketekst' };
const selected = (text: string, part: string): TextSelection => {
  const start = text.indexOf(part);
  return { text, start, end: start + part.length };
};
const chosen = (result: TextSelection) => result.text.slice(result.start, result.end);

describe('the Markdown toolbar', () => {
  test('bold wraps the selection and keeps it selected', () => {
    const result = applyTool(selected('Vi skal bli bedre.', 'bedre'), 'bold', placeholders);
    expect(result.text).toBe('Vi skal bli **bedre**.');
    expect(chosen(result)).toBe('bedre');
  });

  test('bold with nothing selected inserts a placeholder to type over', () => {
    const result = applyTool({ text: 'Mål: ', start: 5, end: 5 }, 'bold', placeholders);
    expect(result.text).toBe('Mål: **fet tekst**');
    expect(chosen(result)).toBe('fet tekst');
  });

  test('a heading marks the whole line the cursor is on', () => {
    const text = 'Innledning\nMål for året\nMer tekst';
    const result = applyTool({ text, start: 14, end: 14 }, 'heading', placeholders);
    expect(result.text).toBe('Innledning\n## Mål for året\nMer tekst');
  });

  test('a list marks every selected line, and a second press takes the marks away', () => {
    const text = 'Før\nén\nto\nEtter';
    const listed = applyTool(selected(text, 'én\nto'), 'list', placeholders);
    expect(listed.text).toBe('Før\n- én\n- to\nEtter');
    expect(applyTool(listed, 'list', placeholders).text).toBe(text);
  });

  test('a link keeps the selection as its words and selects the address', () => {
    const result = applyTool(selected('Les planen her.', 'planen'), 'link', placeholders);
    expect(result.text).toBe('Les [planen](https://) her.');
    expect(chosen(result)).toBe('https://');
  });
});
