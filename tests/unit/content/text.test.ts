import { describe, expect, it } from 'vitest';
import { blocks, normalisedWords, prose, sentences, wordCount } from './text';

/** The helpers the content tests read lessons with: if they misread, the content tests mislead. */
describe('reading lesson text', () => {
  it('drops components, comments and emphasis but keeps the words inside', () => {
    expect(prose('{/* note */}See the <Term id="ehds">**EHDS**</Term>.').trim()).toBe('See the EHDS .');
  });

  it('splits a body into headings, paragraphs, list items and table cells', () => {
    const body = [
      '## A heading',
      'First paragraph. Still first.',
      '',
      '- item one',
      '- item two',
      '',
      '| Rule | Date |',
      '| --- | --- |',
      '| Annex III | 2 December 2027 |',
    ].join('\n');
    expect(blocks(body)).toEqual([
      'A heading',
      'First paragraph. Still first.',
      'item one',
      'item two',
      'Rule',
      'Date',
      'Annex III',
      '2 December 2027',
    ]);
  });

  it('ends sentences at a full stop before a capital, not inside legal references', () => {
    expect(sentences('See Art. 6(1) of Regulation (EU) 2024/1689. It applies from 2 August 2028.')).toEqual([
      'See Art. 6(1) of Regulation (EU) 2024/1689.',
      'It applies from 2 August 2028.',
    ]);
    expect(sentences('Ask e.g. the DPO. Then act.')).toEqual(['Ask e.g. the DPO.', 'Then act.']);
  });

  it('counts words, not punctuation', () => {
    expect(wordCount('AI – in care , today')).toBe(4);
  });

  it('folds case, punctuation, apostrophes and US spelling for overlap checks', () => {
    expect(normalisedWords('Europe’s AI-powered, miniaturized Centers organizations BEHAVIORAL')).toEqual([
      'europes',
      'ai',
      'powered',
      'miniaturised',
      'centres',
      'organisations',
      'behavioural',
    ]);
  });
});
