import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(new URL('.', import.meta.url).pathname, '..', '..', '..');
const SEED = join(ROOT, 'examples', '000_f880a26f30149189.txt');

function marsad(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('marsad analyze (end to end)', () => {
  it('prints one marsad.article/1 JSON object per article whose tokens slice the text', () => {
    const r = marsad(['analyze', SEED, '--format', 'json', '--debug']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const doc = JSON.parse(lines[0]!);
    expect(doc.schema).toBe('marsad.article/1');
    expect(doc.text.startsWith('هاجمت تركيا')).toBe(true);
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    const wa = doc.tokens.find((t: { text: string }) => t.text === 'واعتبرت');
    expect(wa.parts.map((p: { form: string }) => p.form)).toEqual(['و', 'اعتبرت']);
  });

  it('analyses the good files, reports each bad one and exits 3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
    copyFileSync(SEED, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x61, 0xd8, 0x20]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'english.txt'), 'This article is written in English only.');
    const r = marsad(['analyze', dir, '--no-progress']);
    expect(r.status).toBe(3);
    expect(r.stdout).toContain('1 article(s) analysed, 3 failed.');
    expect(r.stderr).toContain('MARSAD_INPUT_NOT_UTF8');
    expect(r.stderr).toContain('MARSAD_INPUT_EMPTY');
    expect(r.stderr).toContain('MARSAD_INPUT_NOT_ARABIC');
  });

  it('explains itself in --help', () => {
    const r = marsad(['analyze', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--format <format>');
    expect(r.stdout).toContain('Exit code');
  });
});
