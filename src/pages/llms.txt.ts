import type { APIRoute } from 'astro';
import { llmsTxt, type LlmsLink } from '../lib/seo/crawler-files.ts';
import { getArticles, getCourses, getLearningPaths } from '../lib/content/index.ts';
import { absoluteUrl } from '../lib/seo/page-meta.ts';
import { articleUrl, courseUrl, href, learningPathUrl, localHref } from '../lib/urls/index.ts';
import { site } from '../site.config.ts';
import { PAGES } from '../lib/urls/paths.ts';
import { dictionaryOf } from '../lib/i18n/index.ts';
import { languageOf, translationLanguageCodes, type LanguageCode } from '../lib/i18n/languages.ts';

/** The pages of one language: its home, then its courses, paths and articles. */
async function pagesIn(language: LanguageCode): Promise<LlmsLink[]> {
  const [articles, courses, paths] = await Promise.all([getArticles(language), getCourses(language), getLearningPaths(language)]);
  const t = dictionaryOf(language);
  return [
    { title: `${site.name}: ${t.site.tagline}`, url: absoluteUrl(localHref(PAGES.home, language)), description: t.site.description },
    ...courses.map((c) => ({ title: c.data.title, url: absoluteUrl(courseUrl(c.id, language)), description: c.data.summary })),
    ...paths.map((p) => ({ title: p.title, url: absoluteUrl(learningPathUrl(p.id, language)), description: p.description })),
    ...articles.map((a) => ({ title: a.data.title, url: absoluteUrl(articleUrl(a.id, language)), description: a.data.description })),
  ];
}

export const GET: APIRoute = async () => {
  const [articles, courses, paths] = await Promise.all([getArticles(), getCourses(), getLearningPaths()]);
  // Every other language: a section each, named in English and in itself, with the pages translated into it.
  const translated = await Promise.all(
    translationLanguageCodes.map(async (code) => ({
      heading: `In ${languageOf(code).englishName} (${languageOf(code).nativeName}, ${absoluteUrl(localHref(PAGES.home, code))})`,
      links: await pagesIn(code),
    })),
  );
  const body = llmsTxt({
    name: site.name,
    summary: site.description,
    details: `${site.name} is in ${site.city}, ${site.region}, ${site.country}. Contact and address: ${absoluteUrl(href(PAGES.about))}. The site is in English, with pages in ${translationLanguageCodes.map((code) => languageOf(code).englishName).join(' and ')} under /${translationLanguageCodes.join('/ and /')}/.`,
    sections: [
      { heading: 'Courses', links: courses.map((c) => ({ title: c.data.title, url: absoluteUrl(courseUrl(c.id)), description: c.data.summary })) },
      { heading: 'Learning paths', links: paths.map((p) => ({ title: p.title, url: absoluteUrl(learningPathUrl(p.id)), description: p.description })) },
      { heading: 'Articles', links: articles.map((a) => ({ title: a.data.title, url: absoluteUrl(articleUrl(a.id)), description: a.data.description })) },
      ...translated,
    ],
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
