import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { render } from 'astro:content';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { editorComponents } from '../components/mdx/index.ts';
import { getArticles, getAuthor } from '../lib/content/index.ts';
import { absolutizeUrls } from '../lib/seo/feed.ts';
import { escapeXml } from '../lib/seo/xml.ts';
import { absoluteUrl } from '../lib/seo/page-meta.ts';
import { articleUrl, href } from '../lib/urls/index.ts';
import { site } from '../site.config.ts';

/** RSS 2.0 with each published article in full, newest first (getArticles' order). */
export const GET: APIRoute = async () => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const origin = absoluteUrl(href('/'));
  // One article at a time: rendering every article at once keeps all their trees
  // alive together, and most of the feed's time then went to garbage collection.
  const items = [];
  for (const article of await getArticles()) {
    const { Content } = await render(article);
    // Plain headings: the page's hover anchors mean nothing in a feed reader.
    // The editors' components (Callout, CourseCta, Figure) are used without imports, so pass them here too.
    const html = await container.renderToString(Content, { props: { components: editorComponents } });
    const author = await getAuthor(article);
    items.push({
      title: article.data.title,
      link: absoluteUrl(articleUrl(article.id)),
      pubDate: article.data.pubDate,
      description: article.data.description,
      content: absolutizeUrls(html, origin),
      categories: article.data.tags,
      customData: `<dc:creator>${escapeXml(author.data.name)}</dc:creator>`,
    });
  }
  return rss({
    title: `${site.name} blog`,
    description: site.description,
    site: origin,
    items,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${site.locale}</language>`,
    trailingSlash: true,
  });
};
