/**
 * Golden files: the exports of four real items (a single-best with an accepted alternative, a
 * pick-every-one, an answer-and-reason, a sort board), compared exactly. After a deliberate
 * change, rewrite them with UPDATE_GOLDEN=1 and read the diff before committing it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGift } from '@/lib/export/gift';
import { toMoodleXml } from '@/lib/export/moodle-xml';
import { toQti } from '@/lib/export/qti';
import { frameworks, goldenItems } from './interchange-items';

const DIR = join(process.cwd(), 'tests/fixtures/interchange');

function golden(name: string, actual: string): void {
  const path = join(DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden exports of four real items', () => {
  it('Moodle XML', () => {
    golden('items.moodle.xml', toMoodleXml(goldenItems(), frameworks()).text);
  });

  it('GIFT', () => {
    golden('items.gift.txt', toGift(goldenItems(), frameworks()).text);
  });

  it('QTI 2.1', () => {
    const { files } = toQti(goldenItems(), frameworks());
    golden('qti/files.txt', `${files.map((f) => f.path).join('\n')}\n`);
    for (const file of files) golden(`qti/${file.path}`, file.content);
  });
});
