import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPage, text, type BuiltPage } from '../support/dist.ts';
import ICAL from 'ical.js';
import { distDir, root } from '../support/site.ts';
import { site } from '../../src/site.config.ts';
import { enquiryTarget } from '../../src/lib/enquiry/index.ts';

interface CourseFrontmatter {
  title: string;
  summary: string;
  duration?: { weeks: number; hoursPerWeek: number };
  mode: string;
  level: string;
  location?: string;
  audience: string[];
  prerequisites: string[];
  outcomes: string[];
  modules: { title: string; topics: string[] }[];
  tools: string[];
  faq: { question: string; answer: string }[];
  fee?: number;
}

describe('course page: /courses/backend-development/', () => {
  let page: BuiltPage;
  let data: CourseFrontmatter;
  beforeAll(async () => {
    page = await readPage('/courses/backend-development/');
    const source = await readFile(join(root, 'content/courses/backend-development.mdx'), 'utf8');
    data = parse(source.split(/^---$/m)[1] ?? '') as CourseFrontmatter;
  });

  it('shows the title and summary', () => {
    expect(text(page.doc.querySelector('h1'))).toBe(data.title);
    expect(text(page.doc.querySelector('article header'))).toContain(data.summary);
  });

  it('shows the key facts from the frontmatter', () => {
    const facts = text(page.doc.querySelector('section[aria-labelledby="facts-heading"] dl'));
    if (data.duration) {
      expect(facts).toContain(`${data.duration.weeks} weeks`);
      expect(facts).toContain(`${data.duration.hoursPerWeek} hours a week`);
    } else {
      // A duration the office has not confirmed is not printed: readers are told whom to ask.
      expect(facts).toContain('Ask the admissions team');
      expect(facts).not.toMatch(/\b(weeks?|hours?)\b/);
    }
    expect(facts.toLowerCase()).toContain(data.mode);
    expect(facts.toLowerCase()).toContain(data.level);
    if (data.location) expect(facts).toContain(data.location);
    // Unset fee and batch date must not appear as invented values (the repository ships no batch).
    expect(facts.includes('Fee')).toBe(data.fee !== undefined);
    expect(facts.includes('Next batch')).toBe(false);
  });

  it('lists audience, prerequisites, outcomes and tools', () => {
    const body = text(page.doc.querySelector('article'));
    for (const item of [...data.audience, ...data.prerequisites, ...data.outcomes, ...data.tools]) expect(body).toContain(item);
  });

  it('shows every module as an expandable <details> with its topics', () => {
    const modules = page.doc.querySelectorAll('section[aria-labelledby="modules-heading"] details');
    expect(modules).toHaveLength(data.modules.length);
    data.modules.forEach((m, i) => {
      expect(text(modules[i]?.querySelector('summary'))).toContain(m.title);
      for (const topic of m.topics) expect(text(modules[i])).toContain(topic);
    });
  });

  it('answers every FAQ question', () => {
    const faq = page.doc.querySelectorAll('section[aria-labelledby="faq-heading"] details');
    expect(faq.map((d) => text(d.querySelector('summary')))).toEqual(data.faq.map((f) => f.question));
  });

  it('offers phone, WhatsApp and email enquiry links from the site config', () => {
    const cta = page.doc.querySelector('section[aria-labelledby="enquire-heading"]');
    expect(cta?.querySelector(`a[href="tel:${site.phone}"]`)).not.toBeNull();
    expect(cta?.querySelector(`a[href^="https://wa.me/${site.whatsapp}"]`)).not.toBeNull();
    expect(cta?.querySelector(`a[href^="mailto:${site.email}"]`)).not.toBeNull();
  });

  it('without batches lists none; the form shows only when src/site.config.ts sets an endpoint (none by default), and the enquiry links always', () => {
    expect(page.doc.querySelector('section[aria-labelledby="batches-heading"]')).toBeNull();
    const configured = enquiryTarget('', site.enquiry.action).kind !== 'none';
    expect(page.doc.querySelector('form[data-enquiry-form]') !== null).toBe(configured);
    expect(text(page.doc.querySelector('section[aria-labelledby="enquire-heading"]'))).toContain('batch dates');
  });

  it('has a calendar file beside it, a valid calendar with no event until a batch is announced', async () => {
    for (const file of ['courses/backend-development/batches.ics', 'batches.ics']) {
      const calendar = new ICAL.Component(ICAL.parse(await readFile(join(distDir, file), 'utf8')));
      expect(calendar.name, file).toBe('vcalendar');
      expect(calendar.getAllSubcomponents('vevent'), file).toEqual([]);
    }
  });

  it('links to the articles that recommend it', () => {
    const links = page.doc.querySelectorAll('section[aria-labelledby="course-articles-heading"] a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/blog/how-to-become-a-backend-developer/');
  });
});
