import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { allPages } from '../support/dist.ts';
import { EDITOR_PAGE_TYPE } from '../support/page-types.ts';

// Settings come from .htmlvalidate.mjs at the repository root (found from each file's folder).
const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');

describe('HTML validity of every built page', () => {
  it('has no html-validate errors (recommended rules)', async () => {
    const pages = await allPages(undefined, { editor: EDITOR_PAGE_TYPE.gates.includes('html-validate') });
    expect(pages.length).toBeGreaterThan(10);
    const results = [];
    for (const page of pages) {
      const report = await validator.validateFile(page.file);
      results.push(...report.results);
    }
    // The formatted report names the file, line, rule and message of each error.
    expect(format(results)).toBe('');
  });
});
