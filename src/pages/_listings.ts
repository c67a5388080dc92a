/**
 * The list pages every language has (blog pages, topic pages), shared by the
 * English routes and their /gu/ and /hi/ twins under [lang]/: each page with
 * the languages it exists in, for its alternates and language switch. Page 2
 * of the blog, or a topic, exists in a language only when that language has
 * articles enough for it.
 */
import { getArticles, getTags, type Article } from '../lib/content/index.ts';
import { languageCodes, type LanguageCode } from '../lib/i18n/languages.ts';
import { paginate, type Page } from '../lib/urls/pagination.ts';
import { inLanguage, PAGES } from '../lib/urls/paths.ts';
import { site } from '../site.config.ts';

async function blogPageCount(language: LanguageCode): Promise<number> {
  return Math.max(1, Math.ceil((await getArticles(language)).length / site.blog.pageSize));
}

/** The blog's pages in a language; page 1 exists in every language (it says when the list is empty). */
export async function blogPagesOf(language: LanguageCode): Promise<{ page: Page<Article>; languages: LanguageCode[] }[]> {
  const counts = await Promise.all(languageCodes.map(async (code) => [code, await blogPageCount(code)] as const));
  const pages = paginate(await getArticles(language), site.blog.pageSize, inLanguage(PAGES.blog, language));
  return pages.map((page) => ({ page, languages: counts.filter(([, count]) => count >= page.number).map(([code]) => code) }));
}

/** The topics of a language's articles, each with its articles and the languages that have articles on it. */
export async function topicsOf(language: LanguageCode): Promise<{ tag: string; articles: Article[]; languages: LanguageCode[] }[]> {
  const tagsByLanguage = await Promise.all(languageCodes.map(async (code) => [code, new Set((await getTags(code)).map((t) => t.tag))] as const));
  return (await getTags(language)).map(({ tag, articles }) => ({
    tag,
    articles,
    languages: tagsByLanguage.filter(([, tags]) => tags.has(tag)).map(([code]) => code),
  }));
}
