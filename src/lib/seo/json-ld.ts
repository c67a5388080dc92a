/**
 * Structured data (schema.org JSON-LD), typed with schema-dts. Builders take
 * plain values and absolute URLs, so they are pure and testable; pages gather
 * the values (src/lib/seo/page-meta.ts) and BaseHead prints the blocks.
 */
import type {
  BlogPosting,
  BreadcrumbList,
  Course,
  CourseInstance,
  EducationalOrganization,
  ItemList,
  Offer,
  Person,
  Place,
  PostalAddress,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { SiteConfig } from '../../site.config.ts';
import { formatWrittenDay, isoDateTime, minutesOf, writtenDay } from '../dates/index.ts';
import { sessionTimes, weekOrder, type Batch } from '../batches/index.ts';
import { schemaDay } from '../batches/schedule.ts';
import type { TeachingMode } from '../content/fields.ts';

/** Any block this site prints; the union keeps builders' outputs checked. */
export type JsonLdBlock =
  | WithContext<WebSite>
  | WithContext<EducationalOrganization & object>
  | WithContext<BlogPosting>
  | WithContext<Course>
  | WithContext<ItemList>
  | WithContext<BreadcrumbList>
  | WithContext<Person & object>;

const CONTEXT = 'https://schema.org' as const;

/** Characters that could end a <script> element or confuse an HTML parser, as JSON escapes. */
const HTML_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for an inline <script type="application/ld+json">. JSON.stringify alone
 * lets a value containing "</script>" close the element and start markup; the
 * escapes keep the same data while no "<", ">" or "&" reaches the HTML parser.
 */
export function serializeJsonLd(block: JsonLdBlock): string {
  return JSON.stringify(block).replace(/[<>&\u2028\u2029]/g, (c) => HTML_UNSAFE[c] ?? c);
}

/** Site-wide facts the builders need: the config plus the absolute URLs that depend on the deploy. */
export interface Publisher {
  config: Pick<SiteConfig, 'name' | 'legalName' | 'description' | 'address' | 'phone' | 'email' | 'social' | 'language'>;
  /** Absolute URL of the home page. */
  homeUrl: string;
  /** Absolute URL of a square logo (at least 112×112). */
  logoUrl: string;
}

const organizationId = (p: Publisher) => `${p.homeUrl}#organization`;

function postalAddress({ config: { address } }: Publisher): PostalAddress {
  return {
    '@type': 'PostalAddress',
    streetAddress: address.street,
    addressLocality: address.locality,
    addressRegion: address.region,
    postalCode: address.postalCode,
    addressCountry: address.country,
  };
}

/** The institute as a compact reference for other blocks (publisher, provider, worksFor). */
function organizationRef(p: Publisher): EducationalOrganization {
  return {
    '@type': 'EducationalOrganization',
    '@id': organizationId(p),
    name: p.config.name,
    url: p.homeUrl,
    logo: p.logoUrl,
  };
}

export function organizationLd(p: Publisher): WithContext<EducationalOrganization & object> {
  return {
    '@context': CONTEXT,
    '@type': 'EducationalOrganization',
    '@id': organizationId(p),
    name: p.config.name,
    legalName: p.config.legalName,
    description: p.config.description,
    url: p.homeUrl,
    logo: p.logoUrl,
    address: postalAddress(p),
    telephone: p.config.phone,
    email: p.config.email,
    sameAs: p.config.social.map((s) => s.url),
  };
}

export function websiteLd(p: Publisher): WithContext<WebSite> {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': `${p.homeUrl}#website`,
    name: p.config.name,
    description: p.config.description,
    url: p.homeUrl,
    inLanguage: p.config.language,
    publisher: { '@id': organizationId(p) },
  };
}

export interface BlogPostingInput {
  url: string;
  headline: string;
  description: string;
  /** Absolute image URLs; Google asks for 16:9, 4:3 and 1:1. */
  images: string[];
  published: Date;
  modified: Date;
  author: { name: string; url: string };
  tags: readonly string[];
}

export function blogPostingLd(p: Publisher, a: BlogPostingInput): WithContext<BlogPosting> {
  return {
    '@context': CONTEXT,
    '@type': 'BlogPosting',
    '@id': `${a.url}#article`,
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.headline,
    description: a.description,
    image: a.images,
    datePublished: isoDateTime(a.published),
    dateModified: isoDateTime(a.modified),
    author: { '@type': 'Person', name: a.author.name, url: a.author.url },
    publisher: organizationRef(p),
    keywords: a.tags.join(', '),
    inLanguage: p.config.language,
  };
}

export interface CourseInput {
  url: string;
  name: string;
  description: string;
  level: string;
  mode: TeachingMode;
  location?: string | undefined;
  /** Only when the office has confirmed it: without it, no workload or weekly rhythm is stated. */
  duration?: { weeks: number; hoursPerWeek: number } | undefined;
  /** In Indian rupees; only when the office has confirmed it. */
  fee?: number | undefined;
  /** Upcoming batches, soonest first: each is a CourseInstance. */
  batches?: readonly Batch[] | undefined;
  /** IANA zone the batches' class times are written in. */
  timeZone: string;
  published: Date;
  modified: Date;
}

const COURSE_MODES = { classroom: 'Onsite', online: 'Online', hybrid: 'Blended' } as const;

/** ISO 8601 duration in hours: 6 -> "PT6H", 1.5 -> "PT1H30M". */
export function isoHours(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  const parts = `${whole ? `${whole}H` : ''}${minutes ? `${minutes}M` : ''}`;
  return `PT${parts || '0H'}`;
}

function place(p: Publisher, mode: TeachingMode, location: string | undefined): Place | undefined {
  return mode === 'online' ? undefined : { '@type': 'Place', name: `${p.config.name}, ${location ?? p.config.address.locality}`, address: postalAddress(p) };
}

/** The total hours of a course whose duration is confirmed, as courseWorkload. */
function workload(c: CourseInput): { courseWorkload: string } | Record<string, never> {
  return c.duration ? { courseWorkload: isoHours(c.duration.weeks * c.duration.hoursPerWeek) } : {};
}

/** The course in general, when no batch is announced: how it is taught and, when confirmed, its weekly rhythm, without dates. */
function genericInstance(p: Publisher, c: CourseInput): CourseInstance {
  const where = place(p, c.mode, c.location);
  return {
    '@type': 'CourseInstance',
    courseMode: COURSE_MODES[c.mode],
    ...workload(c),
    ...(c.duration
      ? { courseSchedule: { '@type': 'Schedule', duration: isoHours(c.duration.hoursPerWeek), repeatFrequency: 'Weekly', repeatCount: c.duration.weeks } }
      : {}),
    ...(where ? { location: where } : {}),
  };
}

const AVAILABILITY = { open: 'https://schema.org/InStock', full: 'https://schema.org/SoldOut', cancelled: 'https://schema.org/Discontinued' } as const;

/** One announced batch: its dates, weekly days and times on the institute's clock, place and, when a fee is set, its price. */
function batchInstance(p: Publisher, c: CourseInput, b: Batch): CourseInstance {
  const times = sessionTimes(b);
  const where = place(p, b.mode, b.location);
  const fee = b.fee ?? (c.fee !== undefined ? { amount: c.fee, currency: 'INR' } : undefined);
  const offer: Offer | undefined = fee && {
    '@type': 'Offer',
    category: 'Paid',
    url: c.url,
    price: fee.amount,
    priceCurrency: fee.currency,
    availability: AVAILABILITY[b.status],
  };
  return {
    '@type': 'CourseInstance',
    '@id': `${c.url}#batch-${b.id}`,
    name: `${c.name}: batch starting ${formatWrittenDay(b.start)}`,
    courseMode: COURSE_MODES[b.mode],
    ...workload(c),
    startDate: writtenDay(b.start),
    ...(b.end ? { endDate: writtenDay(b.end) } : {}),
    eventStatus: b.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    courseSchedule: {
      '@type': 'Schedule',
      repeatFrequency: 'P1W',
      startDate: writtenDay(b.start),
      ...(b.end ? { endDate: writtenDay(b.end) } : c.duration ? { repeatCount: c.duration.weeks } : {}),
      ...(b.days.length ? { byDay: weekOrder(b.days).map(schemaDay) } : {}),
      ...(times
        ? {
            startTime: `${String(times.start.hour).padStart(2, '0')}:${String(times.start.minute).padStart(2, '0')}`,
            endTime: `${String(times.end.hour).padStart(2, '0')}:${String(times.end.minute).padStart(2, '0')}`,
            duration: isoHours((minutesOf(times.end) - minutesOf(times.start)) / 60),
            scheduleTimezone: c.timeZone,
          }
        : c.duration
          ? { duration: isoHours(c.duration.hoursPerWeek) }
          : {}),
    },
    ...(where ? { location: where } : { location: { '@type': 'VirtualLocation', url: c.url } }),
    ...(offer ? { offers: offer } : {}),
  };
}

export function courseLd(p: Publisher, c: CourseInput): WithContext<Course> {
  // The category is known (a paid course); the price is printed only once confirmed.
  const offer: Offer = {
    '@type': 'Offer',
    category: 'Paid',
    url: c.url,
    ...(c.fee !== undefined ? { price: c.fee, priceCurrency: 'INR' } : {}),
  };
  return {
    '@context': CONTEXT,
    '@type': 'Course',
    '@id': `${c.url}#course`,
    url: c.url,
    name: c.name,
    description: c.description,
    educationalLevel: c.level,
    datePublished: isoDateTime(c.published),
    dateModified: isoDateTime(c.modified),
    inLanguage: p.config.language,
    provider: organizationRef(p),
    offers: [offer],
    hasCourseInstance: c.batches?.length ? c.batches.map((b) => batchInstance(p, c, b)) : [genericInstance(p, c)],
  };
}

export interface ListEntry {
  name: string;
  url: string;
}

/** A list page's items (the course catalog), in the order shown. */
export function itemListLd(name: string, entries: readonly ListEntry[]): WithContext<ItemList> {
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    name,
    numberOfItems: entries.length,
    itemListElement: entries.map((e, i) => ({ '@type': 'ListItem', position: i + 1, name: e.name, url: e.url })),
  };
}

export interface LearningPathInput {
  url: string;
  name: string;
  description: string;
  /** The steps' articles in reading order. */
  articles: readonly ListEntry[];
}

/**
 * A learning path: an ordered ItemList of its articles, step 1 first (the
 * order is the point of a path, so it says so: ItemListOrderAscending).
 */
export function learningPathLd(path: LearningPathInput): WithContext<ItemList> {
  return {
    ...itemListLd(path.name, path.articles),
    '@id': `${path.url}#path`,
    url: path.url,
    description: path.description,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
  };
}

/** The visible breadcrumb trail, Home first, each with an absolute URL. */
export function breadcrumbLd(trail: readonly ListEntry[]): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((e, i) => ({ '@type': 'ListItem', position: i + 1, name: e.name, item: e.url })),
  };
}

export interface PersonInput {
  url: string;
  name: string;
  jobTitle: string;
  description: string;
  sameAs: readonly string[];
}

export function personLd(p: Publisher, person: PersonInput): WithContext<Person & object> {
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    '@id': `${person.url}#person`,
    url: person.url,
    name: person.name,
    jobTitle: person.jobTitle,
    description: person.description,
    worksFor: organizationRef(p),
    ...(person.sameAs.length > 0 ? { sameAs: [...person.sameAs] } : {}),
  };
}
