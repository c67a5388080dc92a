import { describe, expect, it } from 'vitest';
import { checkTranslations } from '../../../src/lib/checks/translations.ts';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { article, author, context, course, lines } from '../../support/content-files.ts';

const originals = [author, article('what-is-a-rest-api'), article('guide-to-sql', { redirectFrom: '[sql-guide]' }), course('backend-development')];
const pathsOf = (...paths: string[]) => [...originals.map((f) => f.path), ...paths];

describe('checkTranslations', () => {
  it('accepts a translation in each language of each translatable collection whose original exists', () => {
    const translations = [
      'content/articles/gu/what-is-a-rest-api.mdx',
      'content/articles/hi/what-is-a-rest-api.md',
      'content/courses/gu/backend-development.mdx',
      'content/articles/gu/images/diagram.png',
    ];
    expect(checkTranslations(originals, pathsOf(...translations))).toEqual([]);
  });

  it('names a translation whose original does not exist, with the closest name or the new name after a rename', () => {
    const found = lines(
      checkTranslations(
        originals,
        pathsOf('content/articles/gu/what-is-a-rest-apis.mdx', 'content/articles/hi/sql-guide.mdx', 'content/courses/hi/docker.mdx'),
      ),
    );
    expect(found).toEqual([
      'content/articles/gu/what-is-a-rest-apis.mdx:1 – a Gujarati translation of "what-is-a-rest-apis", but content/articles/ has no original with that name – did you mean "what-is-a-rest-api"? A translation has the same file name as its English original',
      'content/articles/hi/sql-guide.mdx:1 – a Hindi translation of "sql-guide", but content/articles/ has no original with that name – the original was renamed: rename this file to guide-to-sql (keep its extension)',
      'content/courses/hi/docker.mdx:1 – a Hindi translation of "docker", but content/courses/ has no original with that name – give it the file name of its English original in content/courses/, or write the original first',
    ]);
  });

  it('refuses a language folder the site does not have, and an "en" folder', () => {
    expect(lines(checkTranslations(originals, pathsOf('content/articles/fr/what-is-a-rest-api.mdx', 'content/articles/en/what-is-a-rest-api.mdx')))).toEqual([
      'content/articles/en/what-is-a-rest-api.mdx:1 – English originals live at the top of content/articles/, not in an "en" folder, so this file is not read – move it up to content/articles/',
      'content/articles/fr/what-is-a-rest-api.mdx:1 – "fr" is not one of the site\'s languages (gu = Gujarati, hi = Hindi), so this translation is never published – move it to the folder of one of them, or add the language in src/lib/i18n/languages.ts first (docs/editing.md, "Languages")',
    ]);
  });

  it('refuses two translations of one original in one language, but not one in each language', () => {
    const found = checkTranslations(
      originals,
      pathsOf('content/articles/gu/what-is-a-rest-api.md', 'content/articles/gu/what-is-a-rest-api.mdx', 'content/articles/hi/what-is-a-rest-api.mdx'),
    );
    expect(lines(found)).toEqual([
      'content/articles/gu/what-is-a-rest-api.mdx:1 – a second Gujarati translation of "what-is-a-rest-api": content/articles/gu/what-is-a-rest-api.md translates it too – keep one of the two files (one translation per language) and delete the other',
    ]);
  });

  it('takes files whose names merely start like a language code for English originals (Astro issue 14359)', () => {
    const english = [article('guide-to-sql'), article('hiring-backend-developers'), article('gujarati-resources'), author];
    const paths = [...english.map((f) => f.path), 'content/articles/gu/guide-to-sql.mdx', 'content/articles/hi/hiring-backend-developers.mdx'];
    expect(checkTranslations(english, paths)).toEqual([]);
    // "guide" is not a Gujarati translation of "ide", nor "hiring" a Hindi one of "ring".
    expect(lines(checkTranslations([author], ['content/articles/guide.mdx', 'content/articles/hiring.mdx']))).toEqual([]);
  });

  it('runs with the other checks of a build', () => {
    const problems = runChecks(context(originals, { existingFiles: pathsOf('content/articles/gu/missing.mdx') }));
    expect(problems.map((p) => p.path)).toEqual(['content/articles/gu/missing.mdx']);
  });
});
