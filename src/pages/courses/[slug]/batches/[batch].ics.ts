import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse } from '../../../_calendar.ts';
import { getCourses, getUpcomingBatches, type Batch } from '../../../../lib/content/index.ts';
import { batchCalendarPath } from '../../../../lib/urls/paths.ts';
import { site } from '../../../../site.config.ts';

/** /courses/<slug>/batches/<batch id>.ics: one upcoming batch, behind its "Add to calendar" link. */
export const getStaticPaths = (async () => {
  const titles = new Map((await getCourses()).map((c) => [c.id, c.data.title]));
  return (await getUpcomingBatches()).map((batch) => ({
    params: { slug: batch.course, batch: batch.id },
    props: { batch, title: titles.get(batch.course) ?? batch.course },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ batch: Batch; title: string }> = async ({ props: { batch, title } }) =>
  calendarResponse(`${site.name}: ${title}`, batchCalendarPath(batch.course, batch.id), [batch]);
