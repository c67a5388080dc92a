import { describe, expect, it } from 'vitest';
import { articleTranslationSchema, courseTranslationSchema, pathTranslationSchema, translationSchemasForChecks } from '../../../src/lib/content/schemas.ts';
import { articleTranslationFields, courseTranslationFields, pathTranslationFields } from '../../../src/lib/content/fields.ts';

const gujaratiArticle = {
  title: 'બેકએન્ડ ડેવલપર કેવી રીતે બનવું',
  description: 'બેકએન્ડ ડેવલપર બનવા માટે શું શીખવું, કયા ક્રમમાં શીખવું અને પહેલો પ્રોજેક્ટ કેવી રીતે બનાવવો તેની સ્પષ્ટ સમજ.',
  pubDate: '2026-11-20',
};

const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('translation schemas', () => {
  it('accept the text a reader reads, with its own dates', () => {
    const parsed = articleTranslationSchema.parse(gujaratiArticle);
    expect(parsed.title).toBe(gujaratiArticle.title);
    expect(parsed.pubDate).toBeInstanceOf(Date);
    expect(parsed.draft).toBe(false);
  });

  it('refuse a fact of the original and say where it lives', () => {
    const result = articleTranslationSchema.safeParse({ ...gujaratiArticle, tags: ['backend'], author: 'x' });
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual(
      expect.arrayContaining(['tags: tags comes from the English original – remove it here', 'author: author comes from the English original – remove it here']),
    );
    const course = courseTranslationSchema.safeParse({
      title: 'બેકએન્ડ ડેવલપમેન્ટ કોર્સ',
      summary: gujaratiArticle.description,
      pubDate: '2026-11-20',
      audience: ['વિદ્યાર્થીઓ'],
      outcomes: ['API બનાવતા શીખો'],
      modules: [{ title: 'HTTP', topics: ['request'] }],
      fee: 1,
    });
    expect(messages(course)).toEqual(['fee: fee comes from the English original – remove it here']);
  });

  it("refuse a path step's articles: they come from the original", () => {
    const result = pathTranslationSchema.safeParse({
      title: 'बैकएंड डेवलपर बनने का रास्ता',
      description: gujaratiArticle.description,
      steps: [{ title: 'पहला कदम', articles: ['what-is-a-rest-api'] }],
    });
    expect(messages(result)).toEqual(['steps.0.articles: a step’s articles comes from the English original – remove it here']);
  });

  it('list for the checks one schema per collection with pages, each refusing an unknown field', () => {
    expect(Object.keys(translationSchemasForChecks).sort()).toEqual(['articles', 'courses', 'paths']);
    expect(translationSchemasForChecks.articles.safeParse({ ...gujaratiArticle, titel: 'x' }).success).toBe(false);
  });

  it('take only translatable fields as their own', () => {
    expect(articleTranslationFields).toEqual(['title', 'description', 'pubDate', 'updatedDate', 'coverAlt', 'draft']);
    expect(courseTranslationFields).not.toContain('fee');
    expect(pathTranslationFields).not.toContain('course');
  });
});
