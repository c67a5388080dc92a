import type { APIRoute } from 'astro';
import { llmsTxt } from '../lib/seo/crawler-files.ts';
import { getArticles, getCourses, getLearningPaths } from '../lib/content/index.ts';
import { absoluteUrl } from '../lib/seo/page-meta.ts';
import { articleUrl, courseUrl, href, learningPathUrl } from '../lib/urls/index.ts';
import { site } from '../site.config.ts';
import { PAGES } from '../lib/urls/paths.ts';

export const GET: APIRoute = async () => {
  const [articles, courses, paths] = await Promise.all([getArticles(), getCourses(), getLearningPaths()]);
  const body = llmsTxt({
    name: site.name,
    summary: site.description,
    details: `${site.name} is in ${site.city}, ${site.region}, ${site.country}. Contact and address: ${absoluteUrl(href(PAGES.about))}`,
    sections: [
      { heading: 'Courses', links: courses.map((c) => ({ title: c.data.title, url: absoluteUrl(courseUrl(c.id)), description: c.data.summary })) },
      { heading: 'Learning paths', links: paths.map((p) => ({ title: p.title, url: absoluteUrl(learningPathUrl(p.id)), description: p.description })) },
      { heading: 'Articles', links: articles.map((a) => ({ title: a.data.title, url: absoluteUrl(articleUrl(a.id)), description: a.data.description })) },
    ],
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
