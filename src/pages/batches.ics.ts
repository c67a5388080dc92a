import type { APIRoute } from 'astro';
import { calendarResponse } from './_calendar.ts';
import { getUpcomingBatches } from '../lib/content/index.ts';
import { PAGES } from '../lib/urls/paths.ts';
import { site } from '../site.config.ts';

/** /batches.ics: every upcoming batch of every course, to subscribe to or import. */
export const GET: APIRoute = async () => calendarResponse(`${site.name}: upcoming batches`, PAGES.batchesCalendar, await getUpcomingBatches());
