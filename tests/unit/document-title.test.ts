import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, documentTitle } from '../../src/lib/seo.ts';

describe('documentTitle', () => {
  it('adds the site name to a short title', () => {
    expect(documentTitle('Courses', 'VTechLabs')).toBe('Courses | VTechLabs');
  });

  it('leaves the site name off a title that would grow past the limit', () => {
    const title = 'w'.repeat(MAX_TITLE_LENGTH - ' | VTechLabs'.length + 1);
    expect(documentTitle(title, 'VTechLabs')).toBe(title);
    expect(documentTitle(title.slice(1), 'VTechLabs')).toHaveLength(MAX_TITLE_LENGTH);
  });
});
