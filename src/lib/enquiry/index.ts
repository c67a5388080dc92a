/**
 * The enquiry form's target: where the form on course pages and the contact
 * page posts. `enquiry.action` in src/site.config.ts, overridden at build time
 * by the ENQUIRY_ACTION environment variable; empty means no form (the pages
 * keep their phone, WhatsApp and email links). The Content-Security-Policy's
 * form-action (astro.config.mjs, and dist/_headers after the build) allows
 * exactly this origin besides the site itself.
 */
import { site } from '../../site.config.ts';
import type { Batch } from '../batches/index.ts';
import { scheduleText } from '../batches/schedule.ts';
import { MODE_LABELS } from '../content/course-facts.ts';
import { formatWrittenDay } from '../dates/index.ts';

export type EnquiryTarget =
  /** No endpoint configured: no form. */
  | { kind: 'none' }
  /** A form service or the institute's own endpoint. */
  | { kind: 'url'; action: string; origin: string }
  /** Netlify Forms: Netlify finds the form in the deployed HTML and receives it on the site's own origin. */
  | { kind: 'netlify' };

/** The value of ENQUIRY_ACTION that selects Netlify Forms. */
export const NETLIFY = 'netlify';

/** Plain http only to this machine (a test receiver); personal data never travels unencrypted. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Where the form posts: ENQUIRY_ACTION when set and not empty, else the configured action. Throws on a value that is not an endpoint, naming it. */
export function enquiryTarget(fromEnv: string | undefined = process.env['ENQUIRY_ACTION'], configured: string = site.enquiry.action): EnquiryTarget {
  // An empty variable counts as unset: CI passes ENQUIRY_ACTION through even when the repository has none.
  const value = (fromEnv?.trim() || configured).trim();
  if (value === '') return { kind: 'none' };
  if (value.toLowerCase() === NETLIFY) return { kind: 'netlify' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `The enquiry form's action "${value}" is not a URL: set ENQUIRY_ACTION (or enquiry.action in src/site.config.ts) to the full https:// address of the form endpoint, to "${NETLIFY}", or to nothing.`,
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new Error(
      `The enquiry form's action "${value}" is not https: readers' names and phone numbers must travel encrypted; use the endpoint's https:// address.`,
    );
  }
  return { kind: 'url', action: url.href, origin: url.origin };
}

/** The CSP sources forms may post to: the site itself (the search form) and the enquiry endpoint's origin, exactly. */
export function formActionSources(target: EnquiryTarget): string[] {
  return target.kind === 'url' ? ["'self'", target.origin] : ["'self'"];
}

/** The whole CSP directive: "form-action 'self' https://forms.example". */
export const formActionDirective = (target: EnquiryTarget): `form-action ${string}` => `form-action ${formActionSources(target).join(' ')}`;

/** Names of the fields the form sends, in one place for the form and its tests. */
export const ENQUIRY_FIELDS = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  course: 'course',
  batch: 'batch',
  message: 'message',
  consent: 'consent',
  courseId: 'course_id',
  page: 'page',
  /** The honeypot: hidden from people, filled in by bots; an enquiry that has it is spam. */
  honeypot: 'website',
  /** Netlify Forms names the form in this field. */
  formName: 'form-name',
} as const;

/** The form's name for Netlify Forms (its dashboard lists submissions under it). */
export const NETLIFY_FORM_NAME = 'enquiry';

/** The <form> element's own attributes for a target (none when no form is shown). */
export function formAttributes(target: EnquiryTarget, thanksUrl: string): Record<string, string> | undefined {
  if (target.kind === 'none') return undefined;
  if (target.kind === 'url') return { action: target.action, method: 'post' };
  // Netlify reads these at deploy time: it stores the submission and sends the reader to `action` on this site.
  return { action: thanksUrl, method: 'post', name: NETLIFY_FORM_NAME, 'data-netlify': 'true', 'netlify-honeypot': ENQUIRY_FIELDS.honeypot };
}

/** A batch as a choice in the form: "4 January 2027: Mondays and Wednesdays, 6:00 pm – 8:00 pm IST (Classroom)", after its course's title when several courses are listed. */
export function batchChoice(batch: Batch, courseTitle?: string): { value: string; label: string } {
  const schedule = scheduleText(batch);
  const when = `${formatWrittenDay(batch.start)}${schedule ? `: ${schedule}` : ''} (${MODE_LABELS[batch.mode]}${batch.status === 'full' ? ', full' : ''})`;
  return { value: batch.id, label: courseTitle ? `${courseTitle}, ${when}` : when };
}

/** The batches a reader can still ask to join: every upcoming one that is not cancelled. */
export const joinable = (batches: readonly Batch[]) => batches.filter((b) => b.status !== 'cancelled');
