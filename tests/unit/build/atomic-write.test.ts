import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asideName, writeFileAtomically } from '../../../src/lib/build/atomic-write.ts';
import { testTempDir } from '../../support/temp-dir.ts';

describe('writeFileAtomically', () => {
  it('replaces the file and leaves nothing beside it', async () => {
    const dir = testTempDir('atomic');
    const file = join(dir, 'card.png');
    await writeFile(file, 'old');
    writeFileAtomically(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['card.png']);
  });

  it('fails without leaving a file aside when the name cannot be taken', async () => {
    const dir = testTempDir('atomic');
    const taken = join(dir, 'card.png');
    await mkdir(join(taken, 'inside'), { recursive: true });
    expect(() => writeFileAtomically(taken, 'x')).toThrow();
    expect(await readdir(dir)).toEqual(['card.png']);
  });
});

describe('asideName', () => {
  it('is a new name each time, beside the file, that no reader of .html or .png files picks up', () => {
    const names = new Set(Array.from({ length: 50 }, () => asideName('/site/cache/og/card.png')));
    expect(names.size).toBe(50);
    for (const name of names) {
      expect(name.startsWith('/site/cache/og/card.png.')).toBe(true);
      expect(name).toMatch(/\.tmp$/);
    }
  });
});
