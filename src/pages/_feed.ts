/**
 * The blog's RSS feed in one language: /rss.xml (English) and /gu/rss.xml,
 * /hi/rss.xml ([lang]/rss.xml.ts), each with that language's articles only.
 */
import rss from '@astrojs/rss';
import { render } from 'astro:content';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { editorComponents } from '../components/mdx/index.ts';
import { getArticles, getAuthor, renderedEntry } from '../lib/content/index.ts';
import { dictionaryOf } from '../lib/i18n/index.ts';
import { languageOf, type LanguageCode } from '../lib/i18n/languages.ts';
import { absolutizeUrls } from '../lib/seo/feed.ts';
import { escapeXml } from '../lib/seo/xml.ts';
import { absoluteUrl } from '../lib/seo/page-meta.ts';
import { articleUrl, href, localHref } from '../lib/urls/index.ts';
import { site } from '../site.config.ts';

/** RSS 2.0 with each published article of a language in full, newest first (getArticles' order). */
export async function feedResponse(language: LanguageCode): Promise<Response> {
  const t = dictionaryOf(language);
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const origin = absoluteUrl(href('/'));
  const home = absoluteUrl(localHref('/', language));
  // One article at a time: rendering every article at once keeps all their trees
  // alive together, and most of the feed's time then went to garbage collection.
  const items = [];
  for (const article of await getArticles(language)) {
    const { Content } = await render(renderedEntry(article));
    // Plain headings: the page's hover anchors mean nothing in a feed reader.
    // The editors' components (Callout, CourseCta, Figure) are used without imports, so pass them here too.
    const html = await container.renderToString(Content, { props: { components: editorComponents } });
    const author = await getAuthor(article);
    items.push({
      title: article.data.title,
      link: absoluteUrl(articleUrl(article.id, language)),
      pubDate: article.data.pubDate,
      description: article.data.description,
      content: absolutizeUrls(html, origin),
      categories: article.data.tags,
      customData: `<dc:creator>${escapeXml(author.data.name)}</dc:creator>`,
    });
  }
  return rss({
    title: t.blog.feedTitle(site.name),
    description: t.site.description,
    site: home,
    items,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${languageOf(language).locale}</language>`,
    trailingSlash: true,
  });
}
