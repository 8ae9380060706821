/**
 * The output check refuses, in the command's language, every path that would cost the user a file:
 * an input, a wrong extension, a folder, a file the tool did not write (without --force).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputPath } from '../../src/cli/outputFile';
import { LANGS } from '../../src/core/types';

const dir = mkdtempSync(join(tmpdir(), 'cs-output-'));
const input = join(dir, 'orders.csv');
const theirs = join(dir, 'report.xlsx');
writeFileSync(input, 'a,b\n1,2\n');
writeFileSync(theirs, 'not ours');
const base = { flag: '--out', inputs: [input], extensions: ['.xlsx'], force: false };

/** The refusal's message for `path` in `lang`, or '' when the path is accepted. */
async function refusal(path: string, lang: (typeof LANGS)[number], extra: Partial<typeof base> = {}): Promise<string> {
  try {
    await checkOutputPath(path, { ...base, ...extra, lang });
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('checkOutputPath', () => {
  it('refuses the input itself, even with --force, naming the flag and the file in every language', async () => {
    for (const lang of LANGS) {
      const m = await refusal(input, lang, { force: true, extensions: ['.csv'] });
      expect(m).toContain('--out');
      expect(m).toContain('orders.csv');
      expect(m).toContain('--force');
    }
  });

  it('speaks the command language: no English sentence in zh-TW, zh-CN or ms', async () => {
    const cases = [input, join(dir, 'out.pdf'), dir, theirs];
    for (const path of cases) {
      const en = await refusal(path, 'en', path === input ? { extensions: ['.csv'] } : {});
      expect(en).not.toBe('');
      for (const lang of ['zh-TW', 'zh-CN', 'ms'] as const) {
        const m = await refusal(path, lang, path === input ? { extensions: ['.csv'] } : {});
        expect(m).not.toBe('');
        expect(m).not.toBe(en);
        expect(m).not.toMatch(/choose another|give a file name|must be a file name|already exists/);
      }
    }
  });

  it('accepts a new .xlsx path, and an existing one with --force', async () => {
    expect(await refusal(join(dir, 'new.xlsx'), 'ms')).toBe('');
    expect(await refusal(theirs, 'zh-TW', { force: true })).toBe('');
  });
});
