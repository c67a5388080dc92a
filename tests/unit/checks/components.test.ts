import { describe, expect, it } from 'vitest';
import { checkComponents } from '../../../src/lib/checks/components.ts';
import { article, context, course, lines } from '../../support/content-files.ts';

describe('checkComponents: CourseCta', () => {
  const courses = [course('backend'), course('sql', { draft: 'true' })];
  const check = (body: string) => lines(checkComponents(context([...courses, article('a', {}, body)])));

  it('accepts a published course', () => {
    expect(check('<CourseCta course="backend" />\n')).toEqual([]);
  });

  it('names an unknown course and lists the published ones', () => {
    expect(check('Text.\n\n<CourseCta course="backend-dev" />\n')).toEqual([
      'content/articles/a.mdx:11 – CourseCta: course "backend-dev" does not exist – use one of: backend',
    ]);
  });

  it('refuses a draft course in a production build', () => {
    expect(check('<CourseCta course="sql" />\n')[0]).toContain('course "sql" is a draft or scheduled, so it is not published');
  });

  it('asks for the course attribute', () => {
    expect(check('<CourseCta />\n')[0]).toContain('CourseCta has no course');
  });
});

describe('checkComponents: Callout and Figure', () => {
  const check = (body: string) => lines(checkComponents(context([article('a', {}, body)])));

  it('accepts known callout types and a captioned figure', () => {
    expect(check('<Callout>x</Callout>\n\n<Callout type="warning">y</Callout>\n\n<Figure caption="A flow">\n\n![A flow](/f.png)\n\n</Figure>\n')).toEqual([]);
  });

  it('names an unknown callout type and the types there are', () => {
    expect(check('<Callout type="info">x</Callout>\n')).toEqual([
      'content/articles/a.mdx:9 – Callout type "info" is not a callout type – write type="note", "tip", "warning" (or leave it out for a note)',
    ]);
  });

  it('asks for a figure caption', () => {
    expect(check('<Figure src="/f.png" alt="A flow" />\n')[0]).toContain('Figure has no caption');
  });
});
