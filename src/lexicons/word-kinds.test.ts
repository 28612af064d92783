import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripMarks } from '../text/normalize.js';
import { readWordKinds, readWordSet } from './word-kinds.js';

function tableFile(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'marsad-kinds-')), 'words.tsv');
  writeFileSync(file, `# source: test\n# licence: CC0\nword\tkind\tgloss\n${body}`);
  return file;
}

describe('readWordKinds', () => {
  it('gives the match keys of each kind’s words (alef forms and ta marbuta folded)', () => {
    const kinds = readWordKinds(tableFile('حرّر\tlemma\tliberate\nباتجاه\tcue\ttowards\nمدينة\tcue\tcity\n'), ['lemma', 'cue']);
    expect([...kinds.lemma]).toEqual(['حرر']);
    expect([...kinds.cue]).toEqual(['باتجاه', 'مدينه']);
  });

  it('names the line of a kind the caller does not expect', () => {
    const file = tableFile('حرر\tlemma\tliberate\nباتجاه\tcues\ttowards\n');
    expect(() => readWordKinds(file, ['lemma', 'cue'])).toThrow(/words\.tsv:5: unknown kind "cues"/u);
  });
});

describe('readWordSet', () => {
  it('reads one column through matchKey by default, or keeps alef maqsura apart through stripMarks', () => {
    const file = tableFile('على\tlemma\ton\nإلى\tlemma\tto\n\tlemma\tempty\n');
    expect([...readWordSet(file, 'word')]).toEqual(['علي', 'الي']);
    expect([...readWordSet(file, 'word', stripMarks)]).toEqual(['على', 'إلى']);
  });
});
