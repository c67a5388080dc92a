/**
 * Stops `astro build` with one readable list of every content problem, before
 * Astro renders anything. In `astro dev` the same list is logged as a warning
 * so the editor can keep writing while fixing it.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseContentFile } from '../lib/frontmatter.ts';
import { checkReferences, formatProblems, type CollectionName, type ContentFile, type Problem } from '../lib/content-checks.ts';

const COLLECTIONS: Record<CollectionName, string[]> = {
  articles: ['.md', '.mdx'],
  courses: ['.md', '.mdx'],
  authors: ['.yaml', '.yml'],
};

export async function loadContentFiles(rootDir: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const [collection, extensions] of Object.entries(COLLECTIONS) as [CollectionName, string[]][]) {
    const dir = join(rootDir, 'content', collection);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const ext = extname(name);
      if (!extensions.includes(ext)) continue;
      const source = await readFile(join(dir, name), 'utf8');
      const parsed = parseContentFile(source, collection === 'authors');
      files.push({ ...parsed, collection, id: basename(name, ext), path: relative(rootDir, join(dir, name)) });
    }
  }
  return files;
}

/** Every check over the content folder; an empty list means the build may go on. */
export async function checkContent(rootDir: string): Promise<Problem[]> {
  const files = await loadContentFiles(rootDir);
  const syntax = files.flatMap((f) =>
    f.syntaxErrors.map((e) => ({ path: f.path, line: e.line, message: `the frontmatter is not valid YAML: ${e.message}`, fix: 'check indentation, colons and quotes on this line' })),
  );
  return [...syntax, ...checkReferences(files)];
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const problems = await checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') throw new Error(report);
        logger.warn(report);
      },
    },
  };
}
