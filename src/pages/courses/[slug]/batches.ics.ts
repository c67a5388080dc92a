import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse } from '../../_calendar.ts';
import { batchesOf, getCourses, type Course } from '../../../lib/content/index.ts';
import { courseCalendarPath } from '../../../lib/urls/paths.ts';
import { site } from '../../../site.config.ts';

/** /courses/<slug>/batches.ics, beside the course page (courses/[slug].astro): that course's upcoming batches; an empty calendar until one is announced. */
export const getStaticPaths = (async () => (await getCourses()).map((course) => ({ params: { slug: course.id }, props: { course } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ course: Course }> = async ({ props: { course } }) =>
  calendarResponse(`${site.name}: ${course.data.title} batches`, courseCalendarPath(course.id), await batchesOf(course));
