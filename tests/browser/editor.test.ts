/**
 * The editor at /admin/ (src/lib/cms) on the production build, in Chromium,
 * offline, in "Work with Local Repository" mode on a copy of the repository
 * (tests/support/editor.ts). Titles changed through the editor, in an
 * original or a translation, leave MDX bodies byte for byte and other keys as
 * they were; an article with every field, a batch and a learning path written
 * by the editor build, with the strict schemas, into pages that show them.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { openEditor, openEntry, repositoryFile, repositoryFiles, repositoryFolder, type EditorSession, type RepositoryFiles } from '../support/editor.ts';
import { readPage } from '../support/dist.ts';
import { copySite, removeCopy, runBuild } from '../support/site.ts';

const adminUrl = new URL('admin/', inject('siteUrl')).href;

/** An MDX file the repository does not have: an import, an export, a component with Markdown inside, expressions, an escaped brace. */
const FIXTURE_PATH = 'content/articles/editor-mdx-fixture.mdx';
const FIXTURE = `---
title: "MDX the editor must not touch"
description: "A fixture with an import, a component holding Markdown, and expressions, which the editor has to save unchanged."
pubDate: 2026-11-20
author: vtechlabs-faculty
tags: [mdx]
draft: true
relatedCourses: [backend-development]
---

import Callout from '../../src/components/mdx/Callout.astro';

export const port = 3000;

<Callout type="tip" title="Markdown inside">

Run \`node server.js\` and open **http://localhost:{port}/**:

- a list item with *emphasis*
- another with {port + 1}

</Callout>

The answer is {6 * 7}; a literal \\{ brace \\} and an entity &amp; stay as written.   
A line after two trailing spaces.
`;

/** Frontmatter (parsed by the yaml package) and the body exactly as in the file. */
function split(file: string): { data: Record<string, unknown>; body: string } {
  const end = file.indexOf('\n---\n', 4);
  expect(file.startsWith('---\n') && end > 0, 'the file starts with a frontmatter block').toBe(true);
  return { data: parse(file.slice(4, end + 1)) as Record<string, unknown>, body: file.slice(end + 5) };
}

let browser: Browser;
let session: EditorSession;
let original: RepositoryFiles;
/** The title the first test gives every MDX entry; relation fields then list entries by it. */
const edited = (id: string) => `Edited in the browser: ${id}`;
const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
const form = () => session.page.getByRole('group', { name: 'Content Editor' });
/** A field of the open form by its name (the app wraps names in Unicode isolates and quotes). */
const field = (name: string, within: Locator = form()) => within.getByRole('group', { name: new RegExp(`\\W${name}\\W+Field$`) }).first();
const addItem = (list: string) =>
  field(list)
    .getByRole('button', { name: new RegExp(`^Add\\W+${list}\\W*$`) })
    .click();

/**
 * What this form's text fields were given (enter()), checked again before saving: on a busy
 * machine a new entry's form can still be setting its defaults when the first keys arrive,
 * which a person, slower than a test, never meets.
 */
let entered: [Locator, string][] = [];
/** Fills a text field (an input or a textarea) of the open form and remembers the value. */
async function enter(box: Locator, value: string): Promise<void> {
  await box.fill(value);
  entered.push([box, value]);
}

/** Saves the open form, then waits until the editor has written `path` with `text` in it. */
async function save(path: string, text: string): Promise<string> {
  for (const [box, value] of entered) if ((await box.inputValue()) !== value) await box.fill(value);
  entered = [];
  await form().getByRole('button', { name: 'Save', exact: true }).click();
  const folder = path.slice(0, path.lastIndexOf('/'));
  // On failure, say what the editor wrote instead, and which fields its form marks as wrong.
  const state = async () => {
    const invalid = await form()
      .locator('[role="group"]:has([role="alert"])')
      .evaluateAll((groups) => groups.map((g) => `${g.getAttribute('aria-label') ?? g.id}: ${g.querySelector('[role="alert"]')?.textContent}`));
    return `${path} not written with "${text}"; ${folder} has ${Object.keys(await repositoryFolder(session.page, folder)).join(', ')}; fields marked: ${invalid.join(' | ') || 'none'}; the page says: ${await session.page.getByRole('alert').allInnerTexts()}`;
  };
  await expect.poll(async () => (await repositoryFile(session.page, path))?.includes(text) || (await state()), { timeout: 30_000 }).toBe(true);
  // The app goes back to the entry list after saving: wait for it, or it would leave the next form.
  await form().waitFor({ state: 'detached' });
  return (await repositoryFile(session.page, path))!;
}

beforeAll(async () => {
  browser = await launchBrowser();
  original = await repositoryFiles();
  session = await openEditor(browser, adminUrl, { ...original, [FIXTURE_PATH]: Buffer.from(FIXTURE).toString('base64') });
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

describe('the editor at /admin/', () => {
  it('has an accessible page shell', async () => {
    // A context of its own: in the editor's, the app remembers the local repository and skips its sign-in page.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(adminUrl);
    await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  const mdxFiles = () => [...Object.keys(original).filter((p) => /^content\/(articles|courses)\/[^/]+\.mdx$/.test(p)), FIXTURE_PATH];

  it('changes only the title of every MDX file: the body byte for byte, the other keys and their order as they were', async () => {
    const files = mdxFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const path of files) {
      const [, collection, id] = /^content\/(\w+)\/(.+)\.mdx$/.exec(path)!;
      const before = path === FIXTURE_PATH ? FIXTURE : decode(original[path]!);
      const title = edited(id!);
      await openEntry(session.page, collection!, id!);
      await field('title').getByRole('textbox').fill(title);
      const after = split(await save(path, title));
      const was = split(before);
      expect(after.body, `${path}: body`).toBe(was.body);
      expect(Object.keys(after.data), `${path}: keys`).toEqual(Object.keys(was.data));
      expect(after.data, path).toEqual({ ...was.data, title });
    }
  }, 300_000);

  it('changes the title of a Gujarati translation from its own collection: the body byte for byte, no fact of the original added', async () => {
    const path = 'content/articles/gu/how-to-become-a-backend-developer.mdx';
    const title = 'બ્રાઉઝરમાં બદલેલું શીર્ષક';
    await openEntry(session.page, 'articles-gu', 'how-to-become-a-backend-developer');
    await field('title').getByRole('textbox').fill(title);
    const after = split(await save(path, title));
    const was = split(decode(original[path]!));
    expect(after.body).toBe(was.body);
    expect(Object.keys(after.data)).toEqual(Object.keys(was.data));
    expect(after.data).toEqual({ ...was.data, title });
  }, 120_000);

  let written: RepositoryFiles = {};

  it('creates an article with every field, its cover next to it', async () => {
    const page = session.page;
    await openEntry(page, 'articles', 'new');
    await enter(field('title').getByRole('textbox'), 'Written in the browser editor');
    await enter(field('description').getByRole('textbox'), 'An article written in the browser editor, with every field of the article schema filled in.');
    await enter(field('pubDate').getByRole('textbox'), '2026-11-30');
    await enter(field('updatedDate').getByRole('textbox'), '2026-12-01');
    await field('author').getByRole('radio', { name: 'VTechLabs Faculty' }).click();
    for (const [index, tag] of ['backend', 'apis'].entries()) {
      await addItem('tags');
      await enter(field('tags').getByRole('textbox', { name: 'tag' }).nth(index), tag);
    }
    // The build's smallest cover: the picture shown where an article is shared.
    const png = new PNG({ width: 1200, height: 630 });
    png.data.fill(180);
    await field('cover').getByRole('button', { name: 'Browse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Select Image' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Upload' }).click();
    await (await chooser).setFiles({ name: 'editor-cover.png', mimeType: 'image/png', buffer: PNG.sync.write(png) });
    await dialog.getByRole('button', { name: 'Insert' }).click();
    await enter(field('coverAlt').getByRole('textbox'), 'A grey rectangle standing in for a cover image');
    await field('relatedCourses')
      .getByRole('checkbox', { name: edited('rest-api-development') })
      .check();
    await addItem('redirectFrom');
    await enter(field('redirectFrom').getByRole('textbox').first(), 'written-in-the-editor');
    await field('MDX\\)').getByRole('textbox').fill('Written in the editor.\n\n<Callout type="tip">\n\nWith **Markdown** inside.\n\n</Callout>\n');
    // The preview pane shows the text with the site's own article stylesheet (the one article pages link).
    const articleCss = (await readPage('/blog/what-is-a-rest-api/')).doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href');
    const preview = page.frames().find((f) => f !== page.mainFrame());
    await expect
      .poll(() => preview?.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => new URL((l as HTMLLinkElement).href).pathname)), {
        timeout: 60_000,
      })
      .toContain(articleCss);
    const path = 'content/articles/written-in-the-browser-editor.mdx';
    const { data, body } = split(await save(path, 'Written in the browser editor'));
    expect(data).toEqual({
      title: 'Written in the browser editor',
      description: 'An article written in the browser editor, with every field of the article schema filled in.',
      pubDate: '2026-11-30',
      updatedDate: '2026-12-01',
      author: 'vtechlabs-faculty',
      tags: ['backend', 'apis'],
      cover: './images/editor-cover.png',
      coverAlt: 'A grey rectangle standing in for a cover image',
      draft: false,
      relatedCourses: ['rest-api-development'],
      redirectFrom: ['written-in-the-editor'],
    });
    expect(body).toContain('<Callout type="tip">\n\nWith **Markdown** inside.');
    written = { ...written, ...(await repositoryFolder(page, 'content/articles')) };
    expect(Object.keys(written)).toContain('content/articles/images/editor-cover.png');
  }, 120_000);

  it("creates a batch from the office's form, its file named from the course and the start", async () => {
    await openEntry(session.page, 'batches', 'new');
    await field('course')
      .getByRole('radio', { name: edited('backend-development') })
      .click();
    await enter(field('start').getByRole('textbox'), '2027-01-04');
    await enter(field('end').getByRole('textbox'), '2027-03-26');
    const days = field('days');
    for (const day of ['mon', 'wed', 'fri']) {
      await days.getByRole('combobox').click();
      await session.page.getByRole('option', { name: day, exact: true }).click();
    }
    await enter(field('startTime').getByRole('textbox'), '18:00');
    await enter(field('endTime').getByRole('textbox'), '20:00');
    await field('mode').getByRole('radio', { name: 'classroom' }).click();
    await enter(field('location').getByRole('textbox'), 'Sample location, Vadodara');
    await enter(field('seats').getByRole('spinbutton'), '20');
    await field('fee').getByRole('checkbox').check();
    await enter(field('amount').getByRole('spinbutton'), '45000');
    const path = 'content/batches/backend-development-2027-01-04.yaml';
    await save(path, '');
    expect(parse((await repositoryFile(session.page, path))!)).toEqual({
      course: 'backend-development',
      start: '2027-01-04',
      end: '2027-03-26',
      days: ['mon', 'wed', 'fri'],
      startTime: '18:00',
      endTime: '20:00',
      mode: 'classroom',
      location: 'Sample location, Vadodara',
      seats: 20,
      fee: { amount: 45000, currency: 'INR' },
      status: 'open',
    });
    written = { ...written, ...(await repositoryFolder(session.page, 'content/batches')) };
  }, 120_000);

  it('creates a learning path with steps of articles', async () => {
    await openEntry(session.page, 'paths', 'new');
    await enter(field('title').getByRole('textbox'), 'APIs from the editor');
    await enter(field('description').getByRole('textbox'), 'Two steps from what an API is to how to deploy one, put together in the browser editor.');
    await addItem('steps');
    const step = field('steps');
    await enter(field('title', step).getByRole('textbox'), 'Understand APIs');
    await enter(field('summary', step).getByRole('textbox'), 'What a REST API is and how it answers.');
    await field('articles', step).getByRole('combobox').click();
    await session.page.getByRole('option', { name: edited('what-is-a-rest-api') }).click();
    await field('course')
      .getByRole('radio', { name: edited('rest-api-development') })
      .click();
    const path = 'content/paths/apis-from-the-editor.yaml';
    await save(path, '');
    expect(parse((await repositoryFile(session.page, path))!)).toEqual({
      title: 'APIs from the editor',
      description: 'Two steps from what an API is to how to deploy one, put together in the browser editor.',
      steps: [{ title: 'Understand APIs', summary: 'What a REST API is and how it answers.', articles: ['what-is-a-rest-api'] }],
      course: 'rest-api-development',
      draft: false,
    });
    written = { ...written, ...(await repositoryFolder(session.page, 'content/paths')), ...(await repositoryFolder(session.page, 'content/courses')) };
  }, 120_000);

  it('needed nothing from another host: only its calls to CDNs were refused, by its CSP', () => {
    expect(session.outside).toEqual([]);
    for (const violation of session.violations) expect(violation).toMatch(/^(connect|font|script)-src(-elem)? https:\/\/(?!127\.0\.0\.1)/);
  });

  it('wrote files the production build accepts, and the pages show them', async () => {
    const dir = await copySite();
    try {
      // Everything the editor wrote, except the fixture (an MDX test of its own, not a page to publish).
      for (const [path, base64] of Object.entries(written)) {
        if (path === FIXTURE_PATH) continue;
        await mkdir(dirname(join(dir, path)), { recursive: true });
        await writeFile(join(dir, path), Buffer.from(base64, 'base64'));
      }
      const build = await runBuild(dir, { ENQUIRY_ACTION: '' });
      expect(build.code, build.output).toBe(0);
      const page = (path: string) => readFile(join(dir, 'dist', path, 'index.html'), 'utf8');
      const article = await page('blog/written-in-the-browser-editor');
      expect(article).toContain('Written in the browser editor');
      // The cover went through Astro's image(): a processed copy under /_astro/.
      expect(article).toMatch(/\/_astro\/editor-cover\.[\w-]+\.webp/);
      const course = await page('courses/backend-development');
      expect(course).toContain(edited('backend-development'));
      expect(course).toContain('4 January 2027');
      expect(await page('paths/apis-from-the-editor')).toContain('Understand APIs');
    } finally {
      await removeCopy(dir);
    }
  }, 300_000);
});
