/**
 * Which cards a build draws, and where each goes: the home page's, one per
 * course and per learning path, and four per article without a cover (the link preview and the
 * 16:9, 4:3 and 1:1 images of its structured data). Read from the content
 * files themselves, so the cards can be drawn from the start of a build,
 * before Astro has loaded any content.
 *
 * A translation's card is drawn in its language (label, typeface): its
 * language comes from its entry id ("gu/x", src/lib/i18n/languages.ts), and
 * its path is built from that id like any entry's ("/og/blog/gu/x.png").
 */
import { formatDuration, type CourseFactsInput } from '../content/course-facts.ts';
import type { ContentFile, TranslationFile } from '../content/files.ts';
import { shownSteps, stepsLabel, type StepSource } from '../content/learning-paths.ts';
import { isPublishedFile } from '../content/publish.ts';
import { cardPath } from '../urls/paths.ts';
import { entryIdFor, splitEntryId } from '../i18n/languages.ts';
import { cardContent } from './card.ts';
import type { CardSet } from './card-cache.ts';
import { ARTICLE_IMAGE_RATIOS, ARTICLE_IMAGE_SIZES, OG_SIZE, type ImageSize } from './sizes.ts';

export interface CardToDraw {
  /** Site path of the PNG ("/og/blog/x.4x3.png"). */
  path: string;
  /** The card's content and every size it is drawn at: the sizes are drawn together. */
  set: CardSet;
  size: ImageSize;
}

export interface CardSources {
  siteName: string;
  tagline: string;
  /** The site's host name, the footer of the home and article cards. */
  host: string;
  courses: readonly { id: string; title: string; duration?: CourseFactsInput['duration'] }[];
  /** Learning paths with the number of steps they show. */
  paths: readonly { id: string; title: string; steps: number }[];
  articles: readonly { id: string; title: string; hasCover: boolean }[];
}

export function cardList(sources: CardSources): CardToDraw[] {
  const { siteName, host } = sources;
  const home: CardSet = { content: cardContent.home(siteName, sources.tagline, host), sizes: [OG_SIZE] };
  const cards: CardToDraw[] = [{ path: cardPath('home'), set: home, size: OG_SIZE }];
  const language = (id: string) => splitEntryId(id).language;
  for (const course of sources.courses) {
    // A course whose length is not confirmed gets the site's host, as an article does: a card never guesses a duration.
    const footer = course.duration ? formatDuration(course.duration) : host;
    const set: CardSet = { content: cardContent.course(siteName, course.title, footer, language(course.id)), sizes: [OG_SIZE] };
    cards.push({ path: cardPath('course', course.id), set, size: OG_SIZE });
  }
  for (const path of sources.paths) {
    const set: CardSet = { content: cardContent.path(siteName, path.title, stepsLabel(path.steps), language(path.id)), sizes: [OG_SIZE] };
    cards.push({ path: cardPath('path', path.id), set, size: OG_SIZE });
  }
  const articleSizes = [OG_SIZE, ...ARTICLE_IMAGE_RATIOS.map((ratio) => ARTICLE_IMAGE_SIZES[ratio])];
  for (const article of sources.articles) {
    if (article.hasCover) continue;
    const set: CardSet = { content: cardContent.article(siteName, article.title, host, language(article.id)), sizes: articleSizes };
    cards.push({ path: cardPath('article', article.id), set, size: OG_SIZE });
    for (const ratio of ARTICLE_IMAGE_RATIOS) cards.push({ path: cardPath('article', article.id, ratio), set, size: ARTICLE_IMAGE_SIZES[ratio] });
  }
  return cards;
}

/** A path's steps as written in its file (the schema has checked their shape before any card is drawn). */
function stepSources(data: Record<string, unknown>): StepSource[] {
  const steps = Array.isArray(data['steps']) ? (data['steps'] as Record<string, unknown>[]) : [];
  return steps.map((step) => ({ title: String(step['title'] ?? ''), articles: Array.isArray(step['articles']) ? step['articles'].map(String) : [] }));
}

/**
 * The published courses, paths and articles among the content files, as the cards need them (paths as their pages show them),
 * followed by the published translations of published originals (content/<collection>/<language>/<id>): a translation's title
 * and its original's facts, at its own entry id ("gu/x"), so its card is drawn in its language.
 */
export function cardEntries(
  all: readonly ContentFile[],
  now: Date,
  includeDrafts: boolean,
  translations: readonly TranslationFile[] = [],
): Pick<CardSources, 'courses' | 'paths' | 'articles'> {
  const originals = originalEntries(all, now, includeDrafts);
  const translated = <T extends { id: string; title: string }>(collection: TranslationFile['collection'], entries: readonly T[]): T[] =>
    translations
      .filter((t) => t.collection === collection && isPublishedFile(t, now, includeDrafts))
      .flatMap((t) => {
        const original = entries.find((entry) => entry.id === t.sharedId);
        return original ? [{ ...original, id: entryIdFor(t.language, t.sharedId), title: String(t.data['title'] ?? '') }] : [];
      });
  return {
    courses: [...originals.courses, ...translated('courses', originals.courses)],
    paths: [...originals.paths, ...translated('paths', originals.paths)],
    articles: [...originals.articles, ...translated('articles', originals.articles)],
  };
}

function originalEntries(all: readonly ContentFile[], now: Date, includeDrafts: boolean): Pick<CardSources, 'courses' | 'paths' | 'articles'> {
  const files = all.filter((f) => isPublishedFile(f, now, includeDrafts));
  const title = (data: Record<string, unknown>) => String(data['title'] ?? '');
  const articleIds = new Set(files.filter((f) => f.collection === 'articles').map((f) => f.id));
  const paths = files
    .filter((f) => f.collection === 'paths')
    .map((f) => ({ id: f.id, title: title(f.data), steps: shownSteps(stepSources(f.data), (id) => (articleIds.has(id) ? id : undefined)).length }))
    .filter((path) => path.steps > 0);
  return {
    paths,
    courses: files
      .filter((f) => f.collection === 'courses')
      .map((f) => ({ id: f.id, title: title(f.data), duration: f.data['duration'] as CourseFactsInput['duration'] })),
    articles: files.filter((f) => f.collection === 'articles').map((f) => ({ id: f.id, title: title(f.data), hasCover: Boolean(f.data['cover']) })),
  };
}
