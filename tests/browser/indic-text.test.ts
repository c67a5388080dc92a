/**
 * Gujarati and Hindi text as the built stylesheets set it, in Chromium: an
 * underline passes below the lowest vowel sign, never through it, and lines
 * are far enough apart that the signs below one line never touch the signs
 * above the next. The page is the built site's own (its CSP, its stylesheets)
 * with its language and text replaced, and the script's font stylesheet
 * (src/styles/fonts/) linked as LanguageFonts.astro links it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { distDir } from '../support/site.ts';

const siteUrl = inject('siteUrl');
const fontSheet = (name: string) => {
  const file = readdirSync(join(distDir, '_astro')).find((f) => f.startsWith(`${name}.`) && f.endsWith('.css'));
  if (!file) throw new Error(`no built ${name} font stylesheet in dist/_astro`);
  return `_astro/${file}`;
};

/** Per language: words with vowel signs below the letters, and words with signs and the reph above them. */
const LANGUAGES = [
  { lang: 'gu', sheet: fontSheet('gujarati'), below: 'ગુરુ કૂવો કૃતિ', above: 'કીર્તિ વિદ્યાર્થી ગૈર' },
  { lang: 'hi', sheet: fontSheet('devanagari'), below: 'गुरु कूल कृति', above: 'कीर्ति विद्यार्थी पैर' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A built page turned into a page in `lang` with `body` as its content, its font stylesheet linked and loaded. */
async function pageIn(lang: string, sheet: string, body: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.goto(new URL('404.html', siteUrl).href);
  await page.evaluate(
    async ({ lang, href, body }) => {
      document.documentElement.lang = lang;
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      await new Promise((loaded) => {
        link.onload = loaded;
        document.head.append(link);
      });
      document.body.innerHTML = body;
      await document.fonts.ready;
    },
    { lang, href: new URL(sheet, siteUrl).pathname, body },
  );
  return page;
}

/** Rows of an element's screenshot that hold ink (text darker than the white page). */
async function inkRows(page: Page, selector: string): Promise<number[]> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  const rows: number[] = [];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 3 * 160) {
        rows.push(y);
        break;
      }
    }
  }
  return rows;
}

describe.each(LANGUAGES)('$lang text', ({ lang, sheet, below, above }) => {
  it('loads its web font', async () => {
    const page = await pageIn(lang, sheet, `<p>${below}</p>`);
    const family = lang === 'gu' ? 'Noto Sans Gujarati' : 'Noto Sans Devanagari';
    expect(await page.evaluate((f) => document.fonts.check(`16px "${f}"`), family)).toBe(true);
    await page.close();
  });

  it('underlines below the lowest vowel sign, not through it', async () => {
    const style = 'display:inline-block;padding:8px;font-size:32px;color:#000;background:#fff';
    const page = await pageIn(
      lang,
      sheet,
      `<p><a id="plain" style="${style};text-decoration:none">${below}</a> <a id="underlined" style="${style};text-decoration:underline">${below}</a></p>`,
    );
    const plain = await inkRows(page, '#plain');
    const underlined = await inkRows(page, '#underlined');
    const underline = underlined.filter((y) => !plain.includes(y));
    expect(underline.length, 'the underline adds rows of its own').toBeGreaterThan(0);
    expect(Math.min(...underline), `underline from row ${Math.min(...underline)}, lowest sign at row ${Math.max(...plain)}`).toBeGreaterThan(
      Math.max(...plain),
    );
    await page.close();
  });

  it('keeps the signs below one line clear of the signs above the next', async () => {
    const page = await pageIn(
      lang,
      sheet,
      `<p id="lines" style="font-size:24px;color:#000;background:#fff;padding:8px;width:max-content">${below}<br>${above}</p>`,
    );
    const rows = await inkRows(page, '#lines');
    // Two bands of ink with blank rows between them: the lines do not touch.
    const gaps = rows.slice(1).filter((y, i) => y - rows[i]! > 1);
    expect(gaps.length, `ink rows: ${rows[0]}–${rows.at(-1)}`).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});

/**
 * A built page in each language, its font files held back 1.5 s as on a slow
 * phone connection: once they arrive, the heading, the current menu item and
 * the enquiry button are drawn in the script's face. With the face behind the
 * Latin system fonts in the stack, Chromium drew these as empty boxes for good
 * (text laid out before the font came was never shaped again).
 */
describe.each([
  { lang: 'gu', face: 'NotoSansGujarati' },
  { lang: 'hi', face: 'NotoSansDevanagari' },
])('a $lang page whose font arrives late', ({ lang, face }) => {
  it('draws its heading, its current menu item and its button in the script face', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/*.woff2', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(new URL(`${lang}/courses/backend-development/`, siteUrl).href);
    await page.evaluate(() => document.fonts.ready);
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const drawnWith: Record<string, string[]> = {};
    for (const selector of ['h1', 'header nav a[aria-current="page"]', 'a.btn-primary']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      expect(nodeId, `${selector} on /${lang}/courses/backend-development/`).toBeGreaterThan(0);
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      drawnWith[selector] = fonts.filter((f) => f.glyphCount > 2).map((f) => f.postScriptName.replace(/-\w+$/, ''));
    }
    for (const [selector, fonts] of Object.entries(drawnWith)) expect(fonts, selector).toContain(face);
    await context.close();
  });
});
