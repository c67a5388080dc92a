/**
 * Editors' mistakes must stop the build with a message naming the file and the
 * field. Each case breaks a fresh copy of the site and runs a real build.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copySite, removeCopy, runAstro, runBuild, startAstro } from '../support/site.ts';

const ARTICLE = 'content/articles/what-is-a-rest-api.mdx';
const PATH = 'content/paths/how-to-become-a-backend-developer.yaml';
let copy: string | undefined;

afterEach(async () => {
  if (copy) await removeCopy(copy);
  copy = undefined;
});

async function breakFile(file: string, from: RegExp, to: string): Promise<string> {
  copy = await copySite();
  const path = join(copy, file);
  const source = await readFile(path, 'utf8');
  expect(source).toMatch(from); // the fixture still applies to the real file
  await writeFile(path, source.replace(from, to));
  return copy;
}

describe('a build with broken content fails and says where', () => {
  it('a mistyped frontmatter field names the file and both field names', async () => {
    const dir = await breakFile(ARTICLE, /^description:/m, 'descripton:');
    const { code, output } = await runBuild(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('what-is-a-rest-api.mdx');
    expect(output).toMatch(/descripton/);
    expect(output).toMatch(/description/);
  });

  it('an unknown course reference names the file, the line, the field and the courses that exist', async () => {
    const dir = await breakFile(ARTICLE, /^relatedCourses: \[rest-api-development/m, 'relatedCourses: [rest-api-developmnt');
    const { code, output } = await runBuild(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/articles\/what-is-a-rest-api\.mdx:\d+ – relatedCourses: course "rest-api-developmnt" does not exist/);
    expect(output).toContain('use one of: backend-development, database-design-sql, rest-api-development');
  });

  it('a broken learning path names the file, the line and the field of each problem', async () => {
    copy = await copySite();
    const file = join(copy, PATH);
    const source = await readFile(file, 'utf8');
    const broken = source
      .replace('articles: [sql-vs-nosql-databases]', 'articles: [sql-vs-nosql]')
      .replace('articles: [first-backend-projects]', 'articles: [first-backend-projects, nodejs-vs-python-for-backend]')
      .replace('course: backend-development', 'course: backend-developmnt')
      .replace(/^( {4})summary:/m, '$1sumary:');
    expect(broken).not.toBe(source);
    await writeFile(file, broken);
    const lineOf = (needle: string) => broken.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const { code, output } = await runBuild(copy);
    expect(code).not.toBe(0);
    expect(output).toContain(
      `${PATH}:${lineOf('sql-vs-nosql]')} – step 4, articles: article "sql-vs-nosql" does not exist – did you mean "sql-vs-nosql-databases"?`,
    );
    expect(output).toContain(
      `${PATH}:${lineOf('first-backend-projects, nodejs')} – step 5, articles: article "nodejs-vs-python-for-backend" is already step 1`,
    );
    expect(output).toContain(
      `${PATH}:${lineOf('backend-developmnt')} – course: course "backend-developmnt" does not exist – did you mean "backend-development"?`,
    );
    expect(output).toContain(`${PATH}:${lineOf('sumary:')} – unknown field "sumary" in steps – did you mean "summary"?`);
  });
});

describe('translations the build cannot pair with an original', () => {
  it('an unknown language folder, a missing original and two files of one translation each stop the build, by file', async () => {
    copy = await copySite();
    const translation = '---\ntitle: "Translated"\ndraft: true\n---\n\nText.\n';
    const files = [
      'content/articles/fr/what-is-a-rest-api.mdx',
      'content/articles/gu/what-is-a-rest-apis.mdx',
      'content/courses/hi/backend-development.md',
      'content/courses/hi/backend-development.mdx',
    ];
    for (const file of files) {
      await mkdir(dirname(join(copy, file)), { recursive: true });
      await writeFile(join(copy, file), translation);
    }
    const { code, output } = await runBuild(copy);
    expect(code).not.toBe(0);
    expect(output).toContain(`${files[0]}:1 – "fr" is not one of the site's languages (gu = Gujarati, hi = Hindi)`);
    expect(output).toContain(
      `${files[1]}:1 – a Gujarati translation of "what-is-a-rest-apis", but content/articles/ has no original with that name – did you mean "what-is-a-rest-api"?`,
    );
    expect(output).toContain(`${files[3]}:1 – a second Hindi translation of "backend-development": ${files[2]} translates it too`);
  });
});

describe('how a stop is printed', () => {
  it('a file that cannot be read comes first, and the links to it follow from it, without a crash frame', async () => {
    const target = 'content/articles/how-to-become-a-backend-developer.mdx';
    const dir = await breakFile(target, /^pubDate: .*\n/m, '');
    const { code, output } = await runBuild(dir);
    expect(code).toBe(1);
    const report = output.slice(output.indexOf('[content-check] ') + '[content-check] '.length).split('\n');
    expect(report[0]).toMatch(/^content\/articles\/how-to-become-a-backend-developer\.mdx:\d+ – pubDate is missing – add it/);
    expect(report[1]).toMatch(/^These follow from the problems above/);
    expect(report.filter((l) => l.startsWith('  content/') && l.endsWith(`follows from ${target}`)).length).toBeGreaterThan(2);
    expect(output).not.toContain('An unhandled error occurred');
    expect(output).not.toContain('Stack trace');
  });

  it('a bug in the site’s own code still prints its stack trace', async () => {
    const dir = await breakFile(
      'src/lib/checks/links.ts',
      /^export function checkLinks\(ctx: CheckContext\): Problem\[\] \{$/m,
      "$&\n  throw new TypeError('a bug in the checks');",
    );
    const { code, output } = await runBuild(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('a bug in the checks');
    expect(output).toContain('Stack trace');
    expect(output).toMatch(/at checkLinks \(.*src\/lib\/checks\/links\.ts/);
  });

  it('astro dev stops on a file Astro cannot read, with the report, before Astro’s own message', async () => {
    const dir = await breakFile(ARTICLE, /^tags: .*$/m, 'tags: backend');
    const { code, output } = await runAstro(dir, ['dev', '--host', '127.0.0.1', '--port', '4391'], {}, 50_000);
    expect(code).toBe(1);
    expect(output).toMatch(/\[content-check\] content\/articles\/what-is-a-rest-api\.mdx:\d+ – tags should be a list, not the text "backend"/);
    expect(output).toContain('The dev server stopped on 1 content problem');
    expect(output).not.toMatch(/InvalidContentEntryDataError|does not match collection schema|Stack trace/);
  });

  it('astro dev checks a file when it is saved, before Astro reloads it', async () => {
    copy = await copySite();
    const dev = startAstro(copy, ['dev', '--host', '127.0.0.1', '--port', '4392']);
    try {
      await dev.waitFor(/watching for file changes/);
      const path = join(copy, ARTICLE);
      await writeFile(path, (await readFile(path, 'utf8')).replace(/^tags: .*$/m, 'tags: backend'));
      await dev.waitFor(/Failed to reload/);
      const output = dev.output();
      const ours = output.indexOf('[content-check] content/articles/what-is-a-rest-api.mdx');
      expect(ours, output).toBeGreaterThan(-1);
      expect(output.slice(ours)).toMatch(/^\[content-check\] content\/articles\/what-is-a-rest-api\.mdx:\d+ – tags should be a list/);
      expect(ours).toBeLessThan(output.indexOf('Failed to reload'));
      expect(output).toContain('the page shows the file as it was before this change until it is fixed');
    } finally {
      await dev.stop();
    }
  });
});
