/**
 * Editors' mistakes must stop the build with a message naming the file and the
 * field. Each case breaks a fresh copy of the site and runs a real build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copySite, removeCopy, runBuild } from '../support/site.ts';

const ARTICLE = 'content/articles/what-is-a-rest-api.mdx';
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
});
