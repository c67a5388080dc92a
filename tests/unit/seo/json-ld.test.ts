import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import {
  blogPostingLd,
  breadcrumbLd,
  courseLd,
  isoHours,
  itemListLd,
  learningPathLd,
  organizationLd,
  personLd,
  serializeJsonLd,
  websiteLd,
  type CourseInput,
  type Publisher,
} from '../../../src/lib/seo/json-ld.ts';
import type { Batch } from '../../../src/lib/batches/index.ts';
import { site } from '../../../src/site.config.ts';

const INJECTION = '</script><script>alert(1)</script>';
const publisher: Publisher = { config: site, homeUrl: 'https://example.test/', logoUrl: 'https://example.test/icon-512.png' };
const course: CourseInput = {
  url: 'https://example.test/courses/sql/',
  name: 'SQL',
  description: 'Databases',
  level: 'beginner',
  mode: 'classroom',
  location: 'Vadodara',
  duration: { weeks: 8, hoursPerWeek: 4.5 },
  timeZone: 'Asia/Kolkata',
  published: new Date('2026-01-10T00:00:00Z'),
  modified: new Date('2026-02-01T00:00:00Z'),
};

describe('serializeJsonLd', () => {
  const block = breadcrumbLd([{ name: `A & B ${INJECTION} \u2028`, url: 'https://example.test/' }]);
  const json = serializeJsonLd(block);

  it('keeps the data exactly (it is still the same JSON)', () => {
    expect(JSON.parse(json)).toEqual(block);
  });

  it('prints no character that HTML could read as markup', () => {
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('cannot end its script element: the HTML holds one script with the whole value', () => {
    const doc = parse(`<head><script type="application/ld+json">${json}</script></head>`);
    const scripts = doc.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]?.textContent ?? '').itemListElement[0].name).toContain(INJECTION);
  });
});

describe('organization and website', () => {
  it('describes the institute from the site config', () => {
    const org = organizationLd(publisher);
    expect(org).toMatchObject({
      '@type': 'EducationalOrganization',
      name: site.name,
      telephone: site.phone,
      email: site.email,
      logo: publisher.logoUrl,
      address: { addressLocality: 'Vadodara', addressCountry: 'IN', postalCode: site.address.postalCode },
      sameAs: site.social.map((s) => s.url),
    });
    expect(websiteLd(publisher)).toMatchObject({ '@type': 'WebSite', url: 'https://example.test/', publisher: { '@id': org['@id'] } });
  });
});

describe('blogPostingLd', () => {
  it('dates the post in the institute time zone and names a Person author with a URL', () => {
    const post = blogPostingLd(publisher, {
      url: 'https://example.test/blog/x/',
      headline: 'X',
      description: 'About x',
      images: ['a.png', 'b.png', 'c.png'],
      published: new Date('2026-11-23T18:30:00Z'),
      modified: new Date('2026-11-25T00:00:00Z'),
      author: { name: 'Faculty', url: 'https://example.test/authors/f/' },
      tags: ['sql', 'databases'],
    });
    expect(post.datePublished).toBe('2026-11-24T00:00:00+05:30');
    expect(post.dateModified).toBe('2026-11-25T05:30:00+05:30');
    expect(post.author).toEqual({ '@type': 'Person', name: 'Faculty', url: 'https://example.test/authors/f/' });
    expect(post.publisher).toMatchObject({ name: site.name, logo: publisher.logoUrl });
    expect(post.image).toHaveLength(3);
    expect(post.keywords).toBe('sql, databases');
  });
});

describe('courseLd', () => {
  it('offers a paid course without a price until the fee is set', () => {
    const ld = courseLd(publisher, course);
    expect(ld.offers).toEqual([{ '@type': 'Offer', category: 'Paid', url: course.url }]);
    const priced = courseLd(publisher, { ...course, fee: 45000 });
    expect(priced.offers).toEqual([{ '@type': 'Offer', category: 'Paid', url: course.url, price: 45000, priceCurrency: 'INR' }]);
  });

  it('without batches, describes the course in general: mode, workload, weekly rhythm and, in class, the place', () => {
    const [instance] = courseLd(publisher, course).hasCourseInstance as object[];
    expect(instance).toMatchObject({
      courseMode: 'Onsite',
      courseWorkload: 'PT36H',
      courseSchedule: { duration: 'PT4H30M', repeatFrequency: 'Weekly', repeatCount: 8 },
      location: { '@type': 'Place', address: { addressLocality: 'Vadodara' } },
    });
    expect(instance).not.toHaveProperty('startDate');
    const [online] = courseLd(publisher, { ...course, mode: 'online' }).hasCourseInstance as object[];
    expect(online).toMatchObject({ courseMode: 'Online' });
    expect(online).not.toHaveProperty('location');
    const [hybrid] = courseLd(publisher, { ...course, mode: 'hybrid' }).hasCourseInstance as object[];
    expect(hybrid).toMatchObject({ courseMode: 'Blended', location: { '@type': 'Place' } });
  });

  it('states no workload or weekly rhythm for a course whose duration is not confirmed', () => {
    const { duration: _unconfirmed, ...unconfirmed } = course;
    const [instance] = courseLd(publisher, unconfirmed).hasCourseInstance as object[];
    expect(instance).toMatchObject({ courseMode: 'Onsite', location: { '@type': 'Place' } });
    expect(instance).not.toHaveProperty('courseWorkload');
    expect(instance).not.toHaveProperty('courseSchedule');
    // A batch with days and times but no end: its weekly schedule, without a count of weeks nobody has confirmed.
    const batch: Batch = {
      id: 'b',
      course: 'sql',
      start: new Date('2027-01-04'),
      days: ['mon'],
      startTime: '18:00',
      endTime: '20:00',
      mode: 'classroom',
      status: 'open',
    };
    const [dated] = courseLd(publisher, { ...unconfirmed, batches: [batch] }).hasCourseInstance as readonly Record<string, unknown>[];
    expect(dated).not.toHaveProperty('courseWorkload');
    expect(dated?.['courseSchedule']).toMatchObject({ repeatFrequency: 'P1W', startTime: '18:00', duration: 'PT2H' });
    expect(dated?.['courseSchedule']).not.toHaveProperty('repeatCount');
    const undated: Batch = { ...batch, days: [], startTime: undefined, endTime: undefined };
    const [bare] = courseLd(publisher, { ...unconfirmed, batches: [undated] }).hasCourseInstance as readonly Record<string, unknown>[];
    expect(bare?.['courseSchedule']).toEqual({ '@type': 'Schedule', repeatFrequency: 'P1W', startDate: '2027-01-04' });
  });

  it('makes each upcoming batch a CourseInstance with its dates, weekly schedule, place and offer', () => {
    const evening: Batch = {
      id: 'sql-jan',
      course: 'sql',
      start: new Date('2027-01-04'),
      end: new Date('2027-02-26'),
      days: ['wed', 'mon'],
      startTime: '18:00',
      endTime: '20:30',
      mode: 'classroom',
      location: 'Alkapuri',
      fee: { amount: 30000, currency: 'INR' },
      status: 'full',
    };
    const online: Batch = { id: 'sql-feb', course: 'sql', start: new Date('2027-02-01'), days: [], mode: 'online', status: 'cancelled' };
    const instances = courseLd(publisher, { ...course, batches: [evening, online] }).hasCourseInstance as readonly Record<string, unknown>[];
    expect(instances).toHaveLength(2);
    expect(instances[0]).toMatchObject({
      '@type': 'CourseInstance',
      '@id': `${course.url}#batch-sql-jan`,
      courseMode: 'Onsite',
      startDate: '2027-01-04',
      endDate: '2027-02-26',
      eventStatus: 'https://schema.org/EventScheduled',
      courseSchedule: {
        '@type': 'Schedule',
        repeatFrequency: 'P1W',
        byDay: ['https://schema.org/Monday', 'https://schema.org/Wednesday'],
        startTime: '18:00',
        endTime: '20:30',
        duration: 'PT2H30M',
        scheduleTimezone: 'Asia/Kolkata',
        startDate: '2027-01-04',
        endDate: '2027-02-26',
      },
      location: { '@type': 'Place', name: `${site.name}, Alkapuri` },
      offers: { '@type': 'Offer', price: 30000, priceCurrency: 'INR', availability: 'https://schema.org/SoldOut' },
    });
    expect(instances[1]).toMatchObject({ courseMode: 'Online', eventStatus: 'https://schema.org/EventCancelled', location: { '@type': 'VirtualLocation' } });
    expect(instances[1]).not.toHaveProperty('endDate');
    // No fee on the batch or the course: no offer is invented.
    expect(instances[1]).not.toHaveProperty('offers');
    const [priced] = courseLd(publisher, { ...course, fee: 45000, batches: [online] }).hasCourseInstance as readonly Record<string, unknown>[];
    expect(priced?.['offers']).toMatchObject({ price: 45000, priceCurrency: 'INR' });
  });

  it('names its provider and dates', () => {
    expect(courseLd(publisher, course)).toMatchObject({
      provider: { '@type': 'EducationalOrganization', name: site.name },
      datePublished: '2026-01-10T05:30:00+05:30',
      dateModified: '2026-02-01T05:30:00+05:30',
    });
  });
});

describe('isoHours', () => {
  it('writes hours and minutes as an ISO 8601 duration', () => {
    expect(isoHours(96)).toBe('PT96H');
    expect(isoHours(0.5)).toBe('PT30M');
    expect(isoHours(0)).toBe('PT0H');
  });
});

describe('lists', () => {
  it('numbers items and breadcrumbs from 1 in order', () => {
    const entries = [
      { name: 'Home', url: 'https://example.test/' },
      { name: 'Blog', url: 'https://example.test/blog/' },
    ];
    expect(breadcrumbLd(entries).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.test/' },
      { '@type': 'ListItem', position: 2, name: 'Blog', item: 'https://example.test/blog/' },
    ]);
    const list = itemListLd('Courses', entries);
    expect(list.numberOfItems).toBe(2);
    expect((list.itemListElement as readonly { position: number; url: string }[]).map((i) => [i.position, i.url])).toEqual([
      [1, 'https://example.test/'],
      [2, 'https://example.test/blog/'],
    ]);
  });
});

describe('learningPathLd', () => {
  it('is an ascending ItemList of the articles in reading order, with the path as its subject', () => {
    const ld = learningPathLd({
      url: 'https://example.test/paths/backend/',
      name: 'Backend',
      description: 'Seven steps.',
      articles: [
        { name: 'Step one', url: 'https://example.test/blog/one/' },
        { name: 'Step two', url: 'https://example.test/blog/two/' },
      ],
    });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      '@id': 'https://example.test/paths/backend/#path',
      url: 'https://example.test/paths/backend/',
      name: 'Backend',
      description: 'Seven steps.',
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      numberOfItems: 2,
    });
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Step one', url: 'https://example.test/blog/one/' },
      { '@type': 'ListItem', position: 2, name: 'Step two', url: 'https://example.test/blog/two/' },
    ]);
  });
});

describe('personLd', () => {
  it('links the author to the institute and lists profiles only when there are some', () => {
    const input = { url: 'https://example.test/authors/a/', name: 'A', jobTitle: 'Trainer', description: 'Teaches', sameAs: [] };
    expect(personLd(publisher, input)).toMatchObject({ '@type': 'Person', name: 'A', worksFor: { name: site.name } });
    expect(personLd(publisher, input)).not.toHaveProperty('sameAs');
    expect(personLd(publisher, { ...input, sameAs: ['https://x.test/a'] }).sameAs).toEqual(['https://x.test/a']);
  });
});
