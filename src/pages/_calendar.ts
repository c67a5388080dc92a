/** What the calendar endpoints share: a Response with the iCalendar text of some upcoming batches, from the site's facts. */
import { batchesCalendar, dayStart } from '../lib/batches/calendar.ts';
import { getCourses, type Batch } from '../lib/content/index.ts';
import { absoluteUrl } from '../lib/seo/page-meta.ts';
import { courseUrl, href } from '../lib/urls/index.ts';
import { site } from '../site.config.ts';

export async function calendarResponse(name: string, path: string, batches: readonly Batch[]): Promise<Response> {
  const courses = new Map((await getCourses()).map((c) => [c.id, c]));
  const body = batchesCalendar({
    name,
    url: absoluteUrl(href(path)),
    host: new URL(absoluteUrl(href('/'))).host,
    organisation: site.name,
    timeZone: site.timeZone,
    stamp: dayStart(new Date(), site.timeZone),
    defaultLocation: `${site.name}, ${site.city}`,
    batches: batches.flatMap((batch) => {
      const course = courses.get(batch.course);
      // getUpcomingBatches() keeps only batches of published courses.
      return course ? [{ batch, course: { title: course.data.title, url: absoluteUrl(courseUrl(course.id)), weeks: course.data.duration?.weeks } }] : [];
    }),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
