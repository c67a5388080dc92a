/**
 * One build of a copy of the site with fixture batches and ENQUIRY_ACTION set
 * to a receiver on 127.0.0.1 that this file starts (it records each posted
 * form and sends the browser to the thank-you page, as form services do).
 * Everything about batches, calendar files, the enquiry form and printing is
 * checked on that one build: pages, structured data, calendar files read with
 * ical.js, the form submitted in Chromium with JavaScript on and off, axe in
 * both themes, and pages printed to PDF and read with unpdf.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../src/integrations/content-check.ts';
import { formatProblem } from '../../src/lib/checks/problems.ts';
import { isoDay, nextDay } from '../../src/lib/dates/index.ts';
import { formatIndianPhone } from '../../src/lib/contact.ts';
import { site } from '../../src/site.config.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { readPage, text, type BuiltPage } from '../support/dist.ts';
import { jsonLdBlocks, origin } from '../support/seo.ts';
import { copySite, removeCopy, runBuild, serveStatic, type BuildResult, type StaticServer } from '../support/site.ts';

/** The day `n` days after today in India, as written in a batch file. */
function inDays(n: number): string {
  let day = isoDay(new Date());
  for (let i = 0; i < n; i++) day = nextDay(day);
  return day;
}
function daysAgo(n: number): string {
  const d = new Date(`${isoDay(new Date())}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

const COURSE = 'backend-development';
const EVENING = { id: 'backend-evening', start: inDays(30), end: inDays(30 + 83) };
const WEEKEND = { id: 'backend-weekend', start: inDays(60) };
const BATCHES: Record<string, string> = {
  [`${EVENING.id}.yaml`]: `course: ${COURSE}
start: ${EVENING.start}
end: ${EVENING.end}
days: [fri, mon, wed]
startTime: "18:00"
endTime: "20:00"
mode: classroom
location: "Alkapuri, Vadodara"
seats: 20
fee:
  amount: 45000
`,
  [`${WEEKEND.id}.yaml`]: `course: ${COURSE}
start: ${WEEKEND.start}
days: [sat]
startTime: "10:00"
endTime: "13:00"
mode: online
status: full
`,
  'backend-past.yaml': `course: ${COURSE}
start: ${daysAgo(10)}
mode: classroom
`,
  'sql-cancelled.yaml': `course: database-design-sql
start: ${inDays(45)}
mode: hybrid
status: cancelled
`,
};

/** Forms posted to the receiver, as their urlencoded fields. */
const received: URLSearchParams[] = [];
let receiver: Server;
let action = '';
let dir = '';
let build: BuildResult;
let served: StaticServer;
let browser: Browser;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.method === 'POST') received.push(new URLSearchParams(body));
      // Like a form service: back to the site's thank-you page.
      res.writeHead(303, { location: new URL('enquiry/thanks/', served.url).href });
      res.end();
    });
  });
  await new Promise<void>((ready) => receiver.listen(0, '127.0.0.1', ready));
  const address = receiver.address();
  action = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/enquiries`;

  dir = await copySite();
  for (const [name, yaml] of Object.entries(BATCHES)) await writeFile(join(dir, 'content/batches', name), yaml);
  build = await runBuild(dir, { ENQUIRY_ACTION: action });
  served = await serveStatic(join(dir, 'dist'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await new Promise<void>((closed) => (receiver ? receiver.close(() => closed()) : closed()));
  await removeCopy(dir);
});

const built = (path: string): Promise<BuiltPage> => readPage(path, join(dir, 'dist'));
const distText = (path: string) => readFile(join(dir, 'dist', path), 'utf8');
const at = (path: string) => new URL(path.slice(1), served.url).href;

describe('a build with batches and ENQUIRY_ACTION', () => {
  it('builds, without the glob loader warning about the batches folder', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).not.toMatch(/No files found matching|collection "batches" does not exist/);
  });
});

describe('batches on the pages', () => {
  it('the course page lists its upcoming batches, soonest first, with dates, days, times, mode, place, seats, fee and status', async () => {
    const page = await built(`/courses/${COURSE}/`);
    const items = page.doc.querySelectorAll('section[aria-labelledby="batches-heading"] > ul > li');
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual([EVENING.start, WEEKEND.start]);
    /** A batch's facts, label -> value, and its status badge. */
    const facts = (li: (typeof items)[number] | undefined) => ({
      ...Object.fromEntries((li?.querySelectorAll('dl > div') ?? []).map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))])),
      status: text(li?.querySelector('h3 + p')),
    });
    expect(facts(items[0])).toEqual({
      Dates: expect.stringMatching(/^\d{1,2} \w+ \d{4} – \d{1,2} \w+ \d{4}$/),
      Classes: 'Mondays, Wednesdays and Fridays, 6:00 pm – 8:00 pm IST',
      Mode: 'Classroom',
      Where: 'Alkapuri, Vadodara',
      Seats: '20',
      Fee: '₹45,000',
      status: 'Open for enrolment',
    });
    expect(facts(items[1])).toEqual({
      Dates: expect.stringMatching(/^From \d{1,2} \w+ \d{4}$/),
      Classes: 'Saturdays, 10:00 am – 1:00 pm IST',
      Mode: 'Online (live)',
      status: 'Full',
    });
    expect(text(page.doc.querySelector('section[aria-labelledby="facts-heading"]'))).toContain('Next batch');
  });

  it('each batch has an "Add to calendar" link to its own file, and the list links the course calendar', async () => {
    const page = await built(`/courses/${COURSE}/`);
    const links = page.doc.querySelectorAll('section[aria-labelledby="batches-heading"] a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([`/courses/${COURSE}/batches/${EVENING.id}.ics`, `/courses/${COURSE}/batches/${WEEKEND.id}.ics`, `/courses/${COURSE}/batches.ics`]);
    for (const href of links) expect(await distText(href ?? '')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('a course with only a cancelled batch shows it as cancelled and has no next start; a course without any keeps the enquiry text', async () => {
    const sql = await built('/courses/database-design-sql/');
    expect(text(sql.doc.querySelector('section[aria-labelledby="batches-heading"]'))).toContain('Cancelled');
    expect(text(sql.doc.querySelector('section[aria-labelledby="facts-heading"]'))).not.toContain('Next batch');
    const api = await built('/courses/rest-api-development/');
    expect(api.doc.querySelector('section[aria-labelledby="batches-heading"]')).toBeNull();
    expect(text(api.doc.querySelector('section[aria-labelledby="enquire-heading"]'))).toContain('fees, batch dates and seats');
  });

  it('the catalog and the home page show each course’s next start date', async () => {
    for (const path of ['/courses/', '/']) {
      const page = await built(path);
      const card = page.doc.querySelectorAll('article').find((a) => a.querySelector(`a[href="/courses/${COURSE}/"]`));
      expect(card?.querySelector('time')?.getAttribute('datetime'), path).toBe(EVENING.start);
      expect(text(card), path).toContain('Next batch starts');
    }
    const catalog = await built('/courses/');
    const sqlCard = catalog.doc.querySelectorAll('article').find((a) => a.querySelector('a[href="/courses/database-design-sql/"]'));
    expect(text(sqlCard)).not.toContain('Next batch');
  });

  it('each upcoming batch is a CourseInstance of the course, with an Offer where a fee is set', async () => {
    const [course] = jsonLdBlocks((await built(`/courses/${COURSE}/`)).doc).filter((b) => b['@type'] === 'Course');
    const instances = course?.['hasCourseInstance'] as Record<string, unknown>[];
    expect(instances.map((i) => i['startDate'])).toEqual([EVENING.start, WEEKEND.start]);
    expect(instances[0]).toMatchObject({
      '@type': 'CourseInstance',
      courseMode: 'Onsite',
      endDate: EVENING.end,
      courseSchedule: { startTime: '18:00', endTime: '20:00', scheduleTimezone: 'Asia/Kolkata', repeatFrequency: 'P1W' },
      location: { '@type': 'Place' },
      offers: { '@type': 'Offer', price: 45000, priceCurrency: 'INR' },
    });
    expect(instances[1]).toMatchObject({ courseMode: 'Online' });
    expect(instances[1]).not.toHaveProperty('offers');
  });
});

describe('calendar files, read with ical.js', () => {
  function events(ics: string) {
    const root = new ICAL.Component(ICAL.parse(ics));
    for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    return { root, events: root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
  }
  const host = new URL(origin).host;

  it('/batches.ics has every upcoming batch of every course, with stable UIDs, and none that has started', async () => {
    const { root, events: all } = events(await distText('batches.ics'));
    expect(all.map((e) => e.uid).sort()).toEqual([`${EVENING.id}@${host}`, `${WEEKEND.id}@${host}`, `sql-cancelled@${host}`].sort());
    expect(root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Asia/Kolkata']);
    const cancelled = all.find((e) => e.uid.startsWith('sql-cancelled'));
    expect(cancelled?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it("a course's file has its batches as weekly classes on India time", async () => {
    const { events: course } = events(await distText(`courses/${COURSE}/batches.ics`));
    expect(course.map((e) => e.uid)).toEqual([`${EVENING.id}@${host}`, `${WEEKEND.id}@${host}`]);
    const evening = course[0]!;
    expect(evening.isRecurring()).toBe(true);
    expect(evening.startDate.zone?.tzid).toBe('Asia/Kolkata');
    expect(evening.startDate.toString()).toMatch(/T18:00:00$/);
    const rule = evening.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.parts['BYDAY']).toEqual(['MO', 'WE', 'FR']);
    expect(evening.summary).toContain('Backend Development Course');
    expect(evening.location).toBe('Alkapuri, Vadodara');
  });

  it("a batch's own file holds that batch alone", async () => {
    const { events: one } = events(await distText(`courses/${COURSE}/batches/${WEEKEND.id}.ics`));
    expect(one.map((e) => e.uid)).toEqual([`${WEEKEND.id}@${host}`]);
  });
});

describe('the enquiry form', () => {
  const receiverOrigin = () => new URL(action).origin;

  it('has labelled fields for name, phone, email, course, batch, message and consent, and the hidden fields', async () => {
    const page = await built(`/courses/${COURSE}/`);
    const form = page.doc.querySelector('form[data-enquiry-form]');
    expect(form?.getAttribute('action')).toBe(action);
    expect(form?.getAttribute('method')).toBe('post');
    const phone = form?.querySelector('input[name="phone"]');
    expect([phone?.getAttribute('type'), phone?.getAttribute('autocomplete'), phone?.getAttribute('inputmode')]).toEqual(['tel', 'tel', 'tel']);
    expect(phone?.hasAttribute('required')).toBe(true);
    for (const name of ['name', 'phone', 'email', 'course', 'batch', 'message', 'consent']) {
      const control = form?.querySelector(`[name="${name}"]`);
      expect(control, name).not.toBeNull();
      expect(form?.querySelector(`label[for="${control?.getAttribute('id')}"]`), name).not.toBeNull();
    }
    expect(form?.querySelector('select[name="course"] option[selected]')?.getAttribute('value')).toBe(COURSE);
    // Cancelled batches are not offered; the full one is, marked full.
    expect(form?.querySelectorAll('select[name="batch"] option').map((o) => o.getAttribute('value'))).toEqual(['', EVENING.id, WEEKEND.id]);
    expect(form?.querySelector('input[type="hidden"][name="course_id"]')?.getAttribute('value')).toBe(COURSE);
    expect(form?.querySelector('input[type="hidden"][name="page"]')?.getAttribute('value')).toBe(`${origin}/courses/${COURSE}/`);
    expect(form?.querySelector('input[name="website"]')?.getAttribute('tabindex')).toBe('-1');
  });

  it('the contact page has the form too, with no course chosen and no course_id', async () => {
    const form = (await built('/about/')).doc.querySelector('form[data-enquiry-form]');
    expect(form).not.toBeNull();
    expect(form?.querySelector('select[name="course"] option[selected]')?.getAttribute('value')).toBe('');
    expect(form?.querySelector('input[name="course_id"]')).toBeNull();
  });

  it("the CSP's form-action allows exactly the site and the endpoint's origin, in every page and in _headers", async () => {
    for (const path of [`/courses/${COURSE}/`, '/about/', '/blog/']) {
      const csp = (await built(path)).doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const formAction = csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('form-action'));
      expect(formAction, path).toBe(`form-action 'self' ${receiverOrigin()}`);
    }
    expect(await distText('_headers')).toContain(`form-action 'self' ${receiverOrigin()};`);
  });

  it('the thank-you page is noindex and out of the sitemap', async () => {
    const thanks = await built('/enquiry/thanks/');
    expect(thanks.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(await distText('sitemap-0.xml')).not.toContain('/enquiry/thanks/');
  });

  it('the pages with batches and the form are valid HTML', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const results = [];
    for (const path of [`/courses/${COURSE}/`, '/courses/database-design-sql/', '/about/', '/courses/', '/']) {
      results.push(...(await validator.validateFile((await built(path)).file)).results);
    }
    expect(formatterFactory('text')(results)).toBe('');
  });

  describe.each([
    { js: true, label: 'with JavaScript' },
    { js: false, label: 'without JavaScript' },
  ])('submitted in Chromium $label', ({ js }) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ javaScriptEnabled: js });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('delivers every field to the endpoint and lands on the thank-you page', async () => {
      await page.goto(at(`/courses/${COURSE}/`));
      const before = received.length;
      await page.getByLabel('Your name').fill(`Asha ${js ? 'Script' : 'Plain'}`);
      await page.getByLabel('Phone or WhatsApp number').fill('+91 98765 43210');
      await page.getByLabel('Email (optional)').fill('asha@example.test');
      await page.getByLabel('Batch (optional)').selectOption(WEEKEND.id);
      await page.getByLabel('Your question (optional)').fill('Is the weekend batch\nfull for good?');
      await page.getByLabel(/I agree that/).check();
      await Promise.all([page.waitForURL(at('/enquiry/thanks/')), page.getByRole('button', { name: 'Send enquiry' }).click()]);
      expect(received.length).toBe(before + 1);
      const fields = Object.fromEntries(received.at(-1)!);
      expect(fields).toEqual({
        course_id: COURSE,
        page: `${origin}/courses/${COURSE}/`,
        website: '',
        name: `Asha ${js ? 'Script' : 'Plain'}`,
        phone: '+91 98765 43210',
        email: 'asha@example.test',
        course: COURSE,
        batch: WEEKEND.id,
        message: 'Is the weekend batch\r\nfull for good?',
        consent: 'yes',
      });
      expect(await page.locator('h1').textContent()).toContain('Thank you');
    });

    it('sends nothing until the required fields and the consent are given', async () => {
      await page.goto(at('/about/'));
      const before = received.length;
      await page.getByLabel('Your name').fill('Ravi');
      await page.getByLabel('Phone or WhatsApp number').fill('not a number');
      await page.getByRole('button', { name: 'Send enquiry' }).click();
      await page.getByLabel('Phone or WhatsApp number').fill('9876543210');
      await page.getByRole('button', { name: 'Send enquiry' }).click();
      expect(page.url()).toBe(at('/about/'));
      expect(received.length).toBe(before);
      await page.getByLabel(/I agree that/).check();
      await Promise.all([page.waitForURL(at('/enquiry/thanks/')), page.getByRole('button', { name: 'Send enquiry' }).click()]);
      expect(Object.fromEntries(received.at(-1)!)).toMatchObject({ name: 'Ravi', phone: '9876543210', course: '', page: `${origin}/about/` });
    });
  });

  it.each(['light', 'dark'] as const)('has no axe violations on a course page with batches and the form, %s theme', async (theme) => {
    const context = await browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const path of [`/courses/${COURSE}/`, '/about/']) {
      await page.goto(at(path));
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});

describe('printing', () => {
  async function printedText(path: string, theme: 'light' | 'dark' = 'light'): Promise<string> {
    const context = await browser.newContext({ colorScheme: theme });
    const page = await context.newPage();
    await page.goto(at(path));
    const pdf = await page.pdf({ format: 'A4' });
    await context.close();
    const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    return pages.replace(/\u00a0/g, ' ');
  }
  const words = (s: string) => s.replace(/\s+/g, ' ');

  it('a course page prints as a syllabus: facts, every module with all its topics, outcomes, batches, contact line and URL', async () => {
    const source = await readFile(join(dir, `content/courses/${COURSE}.mdx`), 'utf8');
    const data = parseYaml(source.split(/^---$/m)[1] ?? '') as { outcomes: string[]; modules: { title: string; topics: string[] }[] };
    const printed = words(await printedText(`/courses/${COURSE}/`, 'dark'));
    expect(printed.toLowerCase()).toContain('key facts');
    for (const m of data.modules) {
      expect(printed).toContain(m.title);
      for (const topic of m.topics) expect(printed, topic).toContain(words(topic));
    }
    for (const outcome of data.outcomes) expect(printed, outcome).toContain(words(outcome));
    expect(printed).toContain('Upcoming batches');
    expect(printed).toContain('Mondays, Wednesdays and Fridays');
    expect(printed).toContain(formatIndianPhone(site.phone).replace(/\u00a0/g, ' '));
    expect(printed.replace(/\s/g, '')).toContain(`${origin}/courses/${COURSE}/`);
    // No navigation, search, theme toggle, forms or footer links on paper.
    for (const absent of ['Skip to content', 'Dark theme', 'Send enquiry', 'Your name', 'Read before you enrol', 'All courses', 'Add to calendar', '⌄']) {
      expect(printed, absent).not.toContain(absent);
    }
  });

  it('an article prints each link with its absolute address after its text', async () => {
    const printed = (await printedText('/blog/what-is-a-rest-api/')).replace(/\s/g, '');
    expect(printed).toContain(`(${origin}/courses/rest-api-development/)`);
    expect(printed).not.toContain('Skiptocontent');
  });
});

describe('content checks read the batches folder', () => {
  it('a broken batch stops the build with file:line – problem – fix', async () => {
    await writeFile(
      join(dir, 'content/batches/broken.yaml'),
      `course: backend-developmnt\nstart: 2027-03-10\nend: 2027-03-01\ndays: [monday]\nstartTime: "25:00"\nendTime: "20:00"\nmode: classroom\n`,
    );
    const problems = (await checkContent(dir, { includeDrafts: false, now: new Date(), siteUrl: site.url })).problems.map(formatProblem);
    expect(problems).toEqual([
      'content/batches/broken.yaml:1 – course "backend-developmnt" does not exist – did you mean "backend-development"?',
      'content/batches/broken.yaml:3 – end 2027-03-01 is before start 2027-03-10 – set end to the day of the last class (on or after start), or remove it',
      'content/batches/broken.yaml:4 – "monday" is not a weekday – did you mean "mon"?',
      'content/batches/broken.yaml:5 – startTime "25:00" is not a time of day (hours 00–23, minutes 00–59) – write the time 24-hour with two digits each, in quotes, e.g. startTime: "18:00" for 6 pm',
    ]);
  });
});
