/**
 * The social-sharing card (Open Graph / Twitter image and the article images
 * of structured data): its layout as a satori element tree. Pure, so the
 * layout is unit-tested; sizes are in sizes.ts, URL paths in src/lib/urls/paths.ts.
 */
import { readFileSync } from 'node:fs';
import { dictionaryOf, type Dictionary } from '../i18n/index.ts';
import { defaultLanguage, type LanguageCode } from '../i18n/languages.ts';
import { BODY_SLOT, type CardNode, type ImageSize } from './sizes.ts';

export interface CardContent {
  /** Big text: the page's title. */
  title: string;
  /** Small label above the title: "Article", "Course", the tagline. */
  label: string;
  siteName: string;
  /** Bottom line, e.g. the site's host name or a course's duration. */
  footer: string;
  /** The page's language: the label's words and the typeface of the label and title (English when absent). */
  language?: LanguageCode;
}

/**
 * The typeface of each language's card text (draw.ts loads them): Gujarati and
 * Devanagari need faces with their script's conjuncts and vowel-sign positioning
 * (satori shapes them with HarfBuzz); Latin letters in such a title (API, SQL)
 * come from Inter, the font satori falls back to.
 */
export const CARD_FONT_FAMILY: Record<LanguageCode, string> = { en: 'Inter', gu: 'Noto Sans Gujarati', hi: 'Noto Sans Devanagari' };

/**
 * Flat brand colours only: a gradient gives every pixel a colour of its own,
 * which doubled resvg's drawing time and made each PNG 150-220 KB. In flat
 * colours a card has ~120 colours and is stored as a palette PNG of 20-25 KB
 * (src/lib/social/png.ts).
 */
const BRAND = { ink: '#042826', ring: '#12433f', disc: '#11504b', light: '#c9f5ec', accent: '#58d5c2', white: '#ffffff' } as const;

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children'], attrs: Record<string, unknown> = {}): CardNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }), ...attrs },
});

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Title size that fits the card: long titles step down so they stay within four lines.
 * Length in graphemes, not UTF-16 units: a Gujarati or Hindi conjunct with its vowel
 * sign (સ્ત્રી, six code points) takes about the room of one or two Latin letters.
 */
export function titleFontSize(title: string, size: ImageSize): number {
  const base = Math.round(size.width / 15); // 80px on a 1200px card
  const length = [...graphemes.segment(title)].length;
  const steps = length > 90 ? 3 : length > 60 ? 2 : length > 35 ? 1 : 0;
  return Math.round(base * (1 - steps * 0.14));
}

// Read from the file, not imported through Vite: the cards are laid out in the build's integration, outside any bundle.
const faviconSrc = `data:image/svg+xml;base64,${readFileSync(new URL('../../../public/favicon.svg', import.meta.url)).toString('base64')}`;

/** The site's favicon (public/favicon.svg) on a white tile, so the card and the browser tab show one mark. */
function logoMark(px: number): CardNode {
  return el('img', { width: px, height: px, borderRadius: Math.round(px / 4.5) }, undefined, { src: faviconSrc, width: px, height: px });
}

/** Two discs in the top right corner and a band along the bottom: solid shapes, cheap to draw. */
function decoration(size: ImageSize): CardNode[] {
  const disc = (diameter: number, inset: number, colour: string) =>
    el('div', { position: 'absolute', right: -inset, top: -inset, width: diameter, height: diameter, borderRadius: diameter / 2, backgroundColor: colour });
  return [
    disc(420, 160, BRAND.ring),
    disc(220, 60, BRAND.disc),
    el('div', { position: 'absolute', left: 0, bottom: 0, width: size.width, height: 12, backgroundColor: BRAND.accent }),
  ];
}

const padding = (size: ImageSize) => Math.round(size.width / 15);
const smallText = (size: ImageSize) => Math.round(size.width / 40);

/**
 * Everything on a card but its label and title: background, decoration, logo
 * and site name, footer. It depends on the size and the footer only, so one
 * frame serves every article of a size and is drawn once per build
 * (src/lib/social/card-cache.ts); `body` is placed in the slot keyed BODY_SLOT,
 * centred vertically between the site name and the footer.
 */
export function cardFrame(content: CardContent, size: ImageSize, body?: CardNode): CardNode {
  const small = smallText(size);
  return el(
    'div',
    {
      width: size.width,
      height: size.height,
      display: 'flex',
      flexDirection: 'column',
      padding: padding(size),
      boxSizing: 'border-box',
      position: 'relative',
      backgroundColor: BRAND.ink,
      color: BRAND.white,
      fontFamily: 'Inter',
    },
    [
      ...decoration(size),
      el('div', { display: 'flex', alignItems: 'center', gap: small }, [
        logoMark(Math.round(small * 2.2)),
        el('div', { fontSize: small * 1.2, fontWeight: 700 }, content.siteName),
      ]),
      { ...el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }, body ?? []), key: BODY_SLOT },
      el('div', { display: 'flex', fontSize: small, color: BRAND.light, borderTop: `4px solid ${BRAND.accent}`, paddingTop: small }, content.footer),
    ],
  );
}

/** The part of a card that differs between articles: the label and the title, as wide as the frame's slot. */
export function cardBody(content: CardContent, size: ImageSize): CardNode {
  const small = smallText(size);
  const fontFamily = CARD_FONT_FAMILY[content.language ?? defaultLanguage.code];
  return el('div', { display: 'flex', flexDirection: 'column', gap: small, color: BRAND.white, fontFamily }, [
    el('div', { fontSize: small, fontWeight: 700, color: BRAND.accent, textTransform: 'uppercase', letterSpacing: 3 }, content.label),
    el('div', { fontSize: titleFontSize(content.title, size), fontWeight: 700, lineHeight: 1.1 }, content.title),
  ]);
}

/** The whole card as one tree: what the frame and the body drawn apart add up to (and a reference for tests). */
export function cardTree(content: CardContent, size: ImageSize): CardNode {
  return cardFrame(content, size, cardBody(content, size));
}

/**
 * The card text of each kind of page: (siteName, title, footer, language), where
 * the home card's title is the tagline and its footer, like an article's, the
 * site's host name ("www.vtechlabs.example"). English card content carries no
 * language, so it stays as it was before translations.
 */
const contentOf =
  (kind: keyof Dictionary['card']) =>
  (siteName: string, title: string, footer: string, language: LanguageCode = defaultLanguage.code): CardContent => ({
    title,
    label: dictionaryOf(language).card[kind],
    siteName,
    footer,
    ...(language === defaultLanguage.code ? {} : { language }),
  });
export const cardContent = { home: contentOf('home'), article: contentOf('article'), course: contentOf('course'), path: contentOf('path') };
