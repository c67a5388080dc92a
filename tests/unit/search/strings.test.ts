import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../../src/lib/i18n/languages.ts';
import { clientStrings, searchStrings } from '../../../src/lib/search/strings.ts';
import { resultSummary } from '../../../src/lib/search/summary.ts';

describe('resultSummary', () => {
  it('counts results, names the query and the type filter', () => {
    const en = clientStrings(searchStrings.en);
    expect(resultSummary(en, 1, 'sql')).toBe('1 result for “sql”');
    expect(resultSummary(en, 4, 'api', 'Course')).toBe('4 results for “api” in courses');
    expect(resultSummary(en, 0, 'xyz', 'Article')).toBe('No results for “xyz” in articles');
    expect(resultSummary(en, 3, '', 'Course')).toBe('3 results in courses');
    expect(resultSummary(en, 2, 'backend', 'Path')).toBe('2 results for “backend” in learning paths');
  });

  it('speaks Gujarati and Hindi on pages in those languages', () => {
    expect(resultSummary(clientStrings(searchStrings.gu), 3, 'API', 'Course')).toBe('“API” માટે 3 પરિણામ (કોર્સમાં)');
    expect(resultSummary(clientStrings(searchStrings.gu), 0, 'SQL')).toBe('“SQL” માટે કોઈ પરિણામ નથી');
    expect(resultSummary(clientStrings(searchStrings.hi), 1, 'डेटाबेस')).toBe('“डेटाबेस” के लिए 1 नतीजा');
    expect(resultSummary(clientStrings(searchStrings.hi), 5, '', 'Article')).toBe('5 नतीजे (लेखों में)');
  });
});

describe('searchStrings', () => {
  const scripts = { gu: /[\u0A80-\u0AFF]/, hi: /[\u0900-\u097F]/ } as const;

  it('has every string in every language, none left empty by mistake', () => {
    for (const code of languageCodes) {
      const strings = searchStrings[code];
      // Only the parts around the catalog link may be empty (word order differs between languages).
      const empty = Object.entries(strings).filter(([key, value]) => value === '' && key !== 'suggestBefore' && key !== 'suggestAfter');
      expect(empty, code).toEqual([]);
    }
  });

  it.each(Object.entries(scripts))('writes the %s interface in its own script', (code, script) => {
    const strings = searchStrings[code as keyof typeof scripts];
    for (const key of ['search', 'fieldLabel', 'fieldHelp', 'loadFailed', 'showMore', 'close', 'searchEnglish'] as const) {
      expect(strings[key], key).toMatch(script);
      expect(strings[key], key).not.toBe(searchStrings.en[key]);
    }
  });
});
