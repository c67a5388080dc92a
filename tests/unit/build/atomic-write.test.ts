import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asideName, writeFileAtomically, writeFileAtomicallySync } from '../../../src/lib/build/atomic-write.ts';

const writers = {
  writeFileAtomically,
  writeFileAtomicallySync: async (file: string, bytes: string) => writeFileAtomicallySync(file, bytes),
};

describe.each(Object.entries(writers))('%s', (_, write) => {
  it('replaces the file and leaves nothing beside it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-'));
    const file = join(dir, 'index.html');
    await writeFile(file, 'old');
    await write(file, '<p>new</p>');
    expect(await readFile(file, 'utf8')).toBe('<p>new</p>');
    expect(await readdir(dir)).toEqual(['index.html']);
  });

  it('fails without leaving a file aside when the name cannot be taken', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-'));
    const taken = join(dir, 'page');
    await mkdir(join(taken, 'inside'), { recursive: true });
    await expect(write(taken, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['page']);
  });
});

describe('asideName', () => {
  it('is a new name each time, beside the file, that no reader of .html or .png files picks up', () => {
    const names = new Set(Array.from({ length: 50 }, () => asideName('/site/dist/blog/index.html')));
    expect(names.size).toBe(50);
    for (const name of names) {
      expect(name.startsWith('/site/dist/blog/index.html.')).toBe(true);
      expect(name).toMatch(/\.tmp$/);
    }
  });
});
