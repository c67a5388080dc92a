/**
 * Every readable file against its collection's schema (the one Astro uses,
 * src/lib/content/schemas.ts): a missing field, a value of the wrong type, an
 * empty value, a choice that does not exist. Astro would refuse the file with
 * a message that has no line; this says which line and what to write.
 * Unknown field names are left to fields.ts, which suggests the right name.
 */
import type { z } from 'astro/zod';
import type { ContentFile } from '../content/files.ts';
import { nestedFields } from '../content/fields.ts';
import { schemasForChecks } from '../content/schemas.ts';
import { closest } from './edit-distance.ts';
import type { Problem } from './problems.ts';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** A field's place for an editor: "title", "duration: weeks", "modules, item 2: title". */
export function fieldLabel(path: Path): string {
  const [field, ...rest] = path.map((p) => (typeof p === 'number' ? `item ${p + 1}` : String(p)));
  const inner = rest.filter((p) => !p.startsWith('item ')).join(': ');
  const item = rest.find((p) => p.startsWith('item '));
  return `${field ?? 'the frontmatter'}${item ? `, ${item}` : ''}${inner ? `: ${inner}` : ''}`;
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** A value as an editor wrote it, cut short: the text "…", the number 5, a list. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  return 'a group of "key: value" lines';
}

const EXPECTED: Record<string, { what: string; fix: (field: string, value: unknown) => string }> = {
  string: { what: 'text', fix: (field, value) => `put the text in double quotes: ${field}: "${typeof value === 'string' ? value : String(value)}"` },
  date: { what: 'a date', fix: () => 'write the date as YYYY-MM-DD, e.g. 2026-11-24' },
  array: {
    what: 'a list',
    fix: (field, value) => (typeof value === 'string' ? `write it as a list: ${field}: [${value}]` : `write it as a list: ${field}: [first, second]`),
  },
  boolean: { what: 'true or false', fix: () => 'write true or false' },
  number: { what: 'a number', fix: () => 'write a number, e.g. 4' },
  int: { what: 'a whole number', fix: () => 'write a whole number, e.g. 4' },
  object: { what: 'a group of "key: value" lines', fix: () => 'write it as indented "key: value" lines, as docs/editing.md shows' },
};

function expectedOf(issue: Issue): string {
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'invalid_value') return 'choice';
  return 'value';
}

const EXAMPLES: Record<string, string> = {
  string: '"…" (text)',
  date: '2026-11-24 (a date, YYYY-MM-DD)',
  array: '[first, second] (a list)',
  boolean: 'false (true or false)',
  number: '4 (a number)',
  int: '4 (a whole number)',
};

/** How to fill in a field that is missing or empty: "pubDate: 2026-11-24 (a date, YYYY-MM-DD)". */
function fillHint(issue: Issue, field: string): string {
  if (issue.code === 'invalid_value') return `${field}: ${issue.values.map(String).join(', ')} (one of these)`;
  const keys = nestedFields[field];
  if (keys) {
    const group = `{ ${keys.map((k) => `${k}: …`).join(', ')} }`;
    return expectedOf(issue) === 'array' ? `${field}: [${group}] (a list of these; docs/editing.md has an example)` : `${field}: ${group}`;
  }
  const example = EXAMPLES[expectedOf(issue)];
  return example ? `${field}: ${example}` : `${field}: … (docs/editing.md says what it takes)`;
}

const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function sizeProblem(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, label: string, value: unknown): Omit<Problem, 'path' | 'line'> {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (typeof value === 'string') {
    const length = value.length;
    return small
      ? { message: `${label} is too short: ${unit(length, 'character')} (at least ${limit})`, fix: `add at least ${limit - length} more characters` }
      : { message: `${label} is too long: ${unit(length, 'character')} (at most ${limit})`, fix: `cut at least ${length - limit} characters` };
  }
  if (Array.isArray(value)) {
    return small
      ? { message: `${label} needs at least ${unit(limit, 'item')}`, fix: 'add items to the list' }
      : { message: `${label} has ${unit(value.length, 'item')}, more than ${limit}`, fix: `keep at most ${limit}` };
  }
  const inclusive = issue.inclusive !== false;
  const bound = small ? (inclusive ? `at least ${limit}` : `more than ${limit}`) : inclusive ? `at most ${limit}` : `less than ${limit}`;
  return { message: `${label} is ${String(value)}, but must be ${bound}`, fix: `write a number ${bound}` };
}

/** What is wrong with one value and how to fix it, in an editor's words. */
export function issueProblem(issue: Issue, data: unknown, optional = false): Omit<Problem, 'path' | 'line'> {
  const label = fieldLabel(issue.path);
  const field = String(issue.path.findLast((p) => typeof p === 'string') ?? label);
  // A message written "what – fix" in the schema is the schema's own advice.
  const [what, fix] = issue.message.split(' – ');
  if (what && fix) return { message: issue.path.length > 1 ? `${label}: ${what}` : what, fix };

  const value = valueAt(data, issue.path);
  if (value === undefined) return { message: `${label} is missing`, fix: `add it, e.g. ${fillHint(issue, field)}` };
  if (value === null) return { message: `${label} is empty`, fix: `write a value, e.g. ${fillHint(issue, field)}${optional ? ', or remove the line' : ''}` };
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected];
      if (!expected) break;
      return { message: `${label} should be ${expected.what}, not ${describeValue(value)}`, fix: expected.fix(field, value) };
    }
    case 'invalid_value': {
      const choices = issue.values.map(String);
      const suggestion = typeof value === 'string' ? closest(value, choices) : undefined;
      const written = typeof value === 'string' ? `"${value}"` : `(${describeValue(value)})`;
      return {
        message: `${label} ${written} is not one of: ${choices.join(', ')}`,
        fix: suggestion ? `did you mean "${suggestion}"?` : `write one of: ${choices.join(', ')}`,
      };
    }
    case 'too_small':
    case 'too_big':
      return sizeProblem(issue, label, value);
    case 'invalid_format':
      return { message: `${label} ${describeValue(value)} does not have the right form (${issue.format})`, fix: 'docs/editing.md shows what it takes' };
  }
  return { message: `${label}: ${issue.message}`, fix: 'docs/editing.md says what this field takes' };
}

/** Whether the file's schema accepts it without `field` (so an empty field can be deleted instead). */
function optional(file: ContentFile, field: string): boolean {
  const without = schemasForChecks[file.collection].safeParse({ ...file.data, [field]: undefined });
  return without.success || without.error.issues.every((i) => i.path[0] !== field);
}

/** Whether a file matches its collection's schema (unknown field names included). */
function matchesSchema(file: ContentFile): boolean {
  return schemasForChecks[file.collection].safeParse(file.data).success;
}

/** Files Astro would refuse: they cannot be read, or do not match their schema. */
export function invalidFiles(files: readonly ContentFile[]): ContentFile[] {
  return files.filter((f) => !f.readable || !matchesSchema(f));
}

/**
 * Schema problems of every readable file. Unknown field names are left to
 * checkFields; a problem on a line in `said` ("path:line") is left out when
 * the field is there (another check reports that value better), never when
 * it is missing (a missing field's line is only the frontmatter's first).
 */
export function checkSchemas(files: readonly ContentFile[], said: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  for (const file of files.filter((f) => f.readable)) {
    const result = schemasForChecks[file.collection].safeParse(file.data);
    if (result.success) continue;
    // A value of the wrong type is one problem, not also one per limit it misses ("tags: backend" is no list, not a list too long).
    const mistyped = new Set(result.error.issues.filter((i) => i.code === 'invalid_type').map((i) => i.path.join('.')));
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys' || (issue.code !== 'invalid_type' && mistyped.has(issue.path.join('.')))) continue;
      const [field, index] = issue.path;
      const present = typeof field === 'string' && file.data[field] !== undefined;
      const line = present ? file.lineOf(field, typeof index === 'number' ? index : undefined) : file.lineOf('');
      // The other checks read text values; a value of another type (faq written as one mapping) is the schema's to name.
      const mistypedNonText = issue.code === 'invalid_type' && typeof valueAt(file.data, issue.path) !== 'string';
      if (present && !mistypedNonText && said.has(`${file.path}:${line}`)) continue;
      problems.push({ path: file.path, line, ...issueProblem(issue, file.data, optional(file, String(field))) });
    }
  }
  return problems;
}
