import { formatDate } from '../dates/index.ts';

export interface CourseFactsInput {
  level: 'beginner' | 'intermediate' | 'advanced';
  duration: { weeks: number; hoursPerWeek: number };
  mode: 'classroom' | 'online' | 'hybrid';
  location?: string | undefined;
  fee?: number | undefined;
  nextBatch?: Date | undefined;
}

export interface Fact {
  label: string;
  value: string;
}

const MODE_LABELS = { classroom: 'Classroom', online: 'Online (live)', hybrid: 'Hybrid: classroom and online' } as const;

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function plural(n: number, unit: string): string {
  return `${n} ${n === 1 ? unit : `${unit}s`}`;
}

/** "16 weeks · 6 hours a week (96 hours)" */
export function formatDuration({ weeks, hoursPerWeek }: CourseFactsInput['duration']): string {
  const total = Math.round(weeks * hoursPerWeek);
  return `${plural(weeks, 'week')} · ${plural(hoursPerWeek, 'hour')} a week (${plural(total, 'hour')})`;
}

/** "₹45,000": Indian digit grouping. */
export function formatInr(amount: number): string {
  return new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', maximumFractionDigits: 0 }).format(amount);
}

/** The key facts box of a course page, in reading order; optional facts only when set. */
export function courseFacts(course: CourseFactsInput): Fact[] {
  const facts: Fact[] = [
    { label: 'Duration', value: formatDuration(course.duration) },
    { label: 'Mode', value: MODE_LABELS[course.mode] },
    { label: 'Level', value: capitalise(course.level) },
  ];
  if (course.location) facts.push({ label: 'Location', value: course.location });
  if (course.nextBatch) facts.push({ label: 'Next batch', value: formatDate(course.nextBatch) });
  if (course.fee !== undefined) facts.push({ label: 'Fee', value: formatInr(course.fee) });
  return facts;
}
