import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8Byte, outletOf, readInputFile, readInputs } from './read-input.js';

const ARABIC = 'وتعهد السفير الأميركي لدى ليبيا، ريتشارد نورلاند، بمواصلة بلاده دعم الحل السياسي.';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'marsad-input-'));
}

describe('decodeUtf8', () => {
  it('decodes Arabic UTF-8 and drops a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(ARABIC)]);
    expect(decodeUtf8(bytes, 'x.txt')).toBe(ARABIC);
  });
  it('names the offset of the first invalid byte (a Windows-1256 byte after 4 ASCII bytes)', () => {
    const bytes = new Uint8Array([0x61, 0x62, 0x63, 0x20, 0xc7, 0x20]);
    expect(firstInvalidUtf8Byte(bytes)).toBe(4);
    expect(() => decodeUtf8(bytes, 'x.txt')).toThrow(/not valid UTF-8 \(first bad byte at offset 4\)/);
  });
  it('refuses binary, empty and huge inputs with their own codes', () => {
    expect(() => decodeUtf8(new Uint8Array([0x50, 0x4b, 0x00, 0x03]), 'z.zip')).toThrow(expect.objectContaining({ code: 'MARSAD_INPUT_BINARY' }));
    expect(() => decodeUtf8(Buffer.from(' \n\t '), 'e.txt')).toThrow(expect.objectContaining({ code: 'MARSAD_INPUT_EMPTY' }));
    expect(() => decodeUtf8(Buffer.from(ARABIC), 'h.txt', 10)).toThrow(expect.objectContaining({ code: 'MARSAD_INPUT_TOO_LARGE' }));
  });
});

describe('readInputFile', () => {
  it('reads a .txt article with no metadata', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), ARABIC);
    const [r] = readInputFile(join(dir, 'a.txt'));
    expect(r).toMatchObject({ ok: true, text: ARABIC, meta: { outlet: null, published: null } });
  });
  it('refuses English text as not Arabic', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'en.txt'), 'The US ambassador pledged continued support for the political process.');
    const [r] = readInputFile(join(dir, 'en.txt'));
    expect(r).toMatchObject({ ok: false, error: { code: 'MARSAD_INPUT_NOT_ARABIC' } });
  });
  it('reads JSON lines with metadata, one article per line, and keeps going after a bad line', () => {
    const dir = tmp();
    const lines = [
      JSON.stringify({ text: ARABIC, outlet: 'الشرق الأوسط', published: '2020-11-05', title: 'نورلاند' }),
      '{not json',
      JSON.stringify({ title: 'بلا نص' }),
      JSON.stringify({ text: ARABIC, url: 'https://example.org/a' }),
    ];
    writeFileSync(join(dir, 'feed.jsonl'), lines.join('\n'));
    const results = readInputFile(join(dir, 'feed.jsonl'));
    expect(results.map((r) => r.ok)).toEqual([true, false, false, true]);
    expect(results[0]).toMatchObject({ meta: { outlet: 'الشرق الأوسط', published: '2020-11-05', title: 'نورلاند' } });
    expect(results[1]).toMatchObject({ error: { code: 'MARSAD_INPUT_BAD_JSON' } });
    expect(results[2]!.ok === false && results[2]!.error.message).toMatch(/"text" field is missing/);
    expect(results[3]!.source).toMatch(/feed\.jsonl#4$/);
  });
  it('reads a JSON array as several articles', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'two.json'), JSON.stringify([{ text: ARABIC }, { text: ARABIC, outlet: 'العربية' }]));
    const results = readInputFile(join(dir, 'two.json'));
    expect(results).toHaveLength(2);
    expect(outletOf(results[1]!.ok ? results[1]!.meta : {})).toBe('العربية');
  });
});

describe('readInputs', () => {
  it('walks folders, keeps only text kinds, and reports missing paths without stopping', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.txt'), ARABIC);
    writeFileSync(join(dir, 'a.txt'), ARABIC);
    writeFileSync(join(dir, 'image.png'), new Uint8Array([0x89, 0x50, 0x00]));
    const input = readInputs([dir, join(dir, 'missing.txt')]);
    expect(input.files.map((f) => f.slice(dir.length))).toEqual(['/a.txt', '/sub/b.txt']);
    const results = [...input.results()];
    expect(results.map((r) => r.ok)).toEqual([false, true, true]);
    expect(results[0]).toMatchObject({ error: { code: 'MARSAD_INPUT_NOT_FOUND' } });
  });
  it('uses the file name as outlet when the metadata has none', () => {
    expect(outletOf({ source: 'examples/000_f880a26f30149189.txt' })).toBe('000_f880a26f30149189');
    expect(outletOf({ source: 'feed.jsonl#3' })).toBe('feed');
  });
});
