import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { testTempDir } from '../../support/temp-dir.ts';

const script = join(import.meta.dirname, '../../../scripts/new.ts');

function site(): string {
  const root = testTempDir('new-translation');
  const files: Record<string, string> = {
    'content/articles/how-to-become-a-backend-developer.mdx':
      '---\ntitle: "How to become a backend developer"\ndescription: "A description."\npubDate: 2026-01-10\nauthor: faculty\ntags: [backend]\n---\n\nThe roadmap.\n',
    'content/courses/backend-development.md':
      '---\ntitle: "Backend Development"\nsummary: "A summary."\npubDate: 2026-01-01\nlevel: beginner\nfee: 25000\naudience: ["Students"]\noutcomes: ["APIs"]\nmodules: [{ title: "Node.js", topics: ["Events"] }]\n---\n\nAbout the course.\n',
    'content/paths/how-to-become-a-backend-developer.yaml':
      'title: "Roadmap"\ndescription: "Seven steps."\nsteps:\n  - title: "Learn a language"\n    articles: [how-to-become-a-backend-developer]\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const run = (root: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { env: { ...process.env, SITE_ROOT: root }, encoding: 'utf8' });
const frontmatterOf = (text: string) => parseYaml(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;

// Each test runs git or node several times: seconds on a busy machine.
describe('npm run new -- translation', { timeout: 60_000 }, () => {
  it('writes the translation of an article into its language folder, a draft dated today, and never overwrites it', () => {
    const root = site();
    const result = run(root, 'translation', 'gu', 'how-to-become-a-backend-developer');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('/gu/blog/how-to-become-a-backend-developer/');
    // An article and a path share the name: the editor is told how to translate the other one.
    expect(result.stdout).toContain('npm run new -- translation gu path how-to-become-a-backend-developer');
    const text = readFileSync(join(root, 'content/articles/gu/how-to-become-a-backend-developer.mdx'), 'utf8');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
    expect(frontmatterOf(text)).toEqual({ title: 'How to become a backend developer', description: 'A description.', pubDate: today, draft: true });
    expect(text).toContain('The roadmap.');

    const again = run(root, 'translation', 'gu', 'how-to-become-a-backend-developer');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/articles/gu/how-to-become-a-backend-developer.mdx already exists; nothing was written.');
    expect(readFileSync(join(root, 'content/articles/gu/how-to-become-a-backend-developer.mdx'), 'utf8')).toBe(text);
  });

  it('translates a course (keeping its extension, leaving its facts to the original) and a path when asked by kind', () => {
    const root = site();
    execFileSync(process.execPath, [script, 'translation', 'hi', 'backend-development'], { env: { ...process.env, SITE_ROOT: root } });
    const course = frontmatterOf(readFileSync(join(root, 'content/courses/hi/backend-development.md'), 'utf8'));
    expect(Object.keys(course).sort()).toEqual(['audience', 'draft', 'modules', 'outcomes', 'pubDate', 'summary', 'title']);
    expect(course['modules']).toEqual([{ title: 'Node.js', topics: ['Events'] }]);

    execFileSync(process.execPath, [script, 'translation', 'hi', 'path', 'how-to-become-a-backend-developer'], { env: { ...process.env, SITE_ROOT: root } });
    expect(parseYaml(readFileSync(join(root, 'content/paths/hi/how-to-become-a-backend-developer.yaml'), 'utf8'))).toEqual({
      title: 'Roadmap',
      description: 'Seven steps.',
      steps: [{ title: 'Learn a language' }],
      draft: true,
    });
  });

  it('says what is wrong with an unknown language or original, and writes nothing', () => {
    const root = site();
    const french = run(root, 'translation', 'fr', 'how-to-become-a-backend-developer');
    expect(french.status).toBe(1);
    expect(french.stderr).toContain('one of gu (Gujarati), hi (Hindi) (got "fr")');
    const typo = run(root, 'translation', 'gu', 'backend-developmnt');
    expect(typo.stderr).toContain('There is no article, course or path "backend-developmnt" to translate: did you mean "backend-development"?');
    expect(run(root, 'translation', 'en', 'backend-development').status).toBe(1);
  });
});
