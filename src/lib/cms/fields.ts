/**
 * A content schema (src/lib/content/schemas.ts) as the browser editor's
 * fields. The schema is read through zod's own JSON Schema export, so limits
 * (lengths, counts, patterns, choices, required or not) come from the one
 * definition the build enforces; the few things JSON Schema cannot say (a
 * calendar date, an image next to the file, a reference to another entry) are
 * marked while zod converts, by recognising the marker schemas passed in.
 */
import { z } from 'astro/zod';
import type { Field } from '@sveltia/cms';
import { clockTimePattern } from '../content/fields.ts';

/** What JSON Schema cannot say, recognised by identity while zod converts. */
export interface FieldMarkers {
  image: z.core.$ZodType;
  /** Reference schemas and the collection each names. */
  references: ReadonlyMap<z.core.$ZodType, string>;
}

/** JSON Schema as zod writes it, plus the marks added while converting. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  /** `{ not: {} }`: no value is accepted (z.never, a fact a translation takes from its original). */
  not?: unknown;
  'x-date'?: boolean;
  'x-image'?: boolean;
  'x-reference'?: string;
  /** The schema's own "what is wrong – how to fix it" messages for this value. */
  'x-messages'?: string[];
  /** Rules across fields (an object's refinements), by the field they are reported at. */
  'x-rules'?: Record<string, string[]>;
}

/** Which field of a referenced collection names its entries in lists. */
const displayFieldOf: Record<string, string> = { authors: 'name' };
/** Text fields written as paragraphs rather than one line: over this many characters, or bios and answers of any length. */
const longTextFrom = 100;

interface ZodCheckDef {
  /** zod keeps a check's own message as a function of the issue. */
  error?: (issue: never) => unknown;
  /** Where a refinement of an object reports (the field it is about). */
  path?: PropertyKey[];
}

function checksOf(schema: z.core.$ZodType): ZodCheckDef[] {
  return (schema._zod.def.checks ?? []).map((c) => c._zod.def as ZodCheckDef);
}

/** A check's own message, when the schema wrote one "what is wrong – how to fix it". */
function messageOf(check: ZodCheckDef): string | undefined {
  const message = check.error?.({ code: 'custom', input: undefined } as never);
  return typeof message === 'string' && message.includes(' – ') ? message : undefined;
}

/** The schema as JSON Schema (its input side: what an editor writes), with the marks the editor needs. */
export function jsonSchemaOf(schema: z.ZodType, markers: FieldMarkers): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    // A date is read by a preprocess step JSON Schema cannot express; the override marks it instead.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const marks = jsonSchema as JsonSchema;
      const def = zodSchema._zod.def as { type: string; out?: z.core.$ZodType };
      const schema: z.core.$ZodType = zodSchema;
      if (schema === markers.image) marks['x-image'] = true;
      const reference = markers.references.get(schema);
      if (reference) marks['x-reference'] = reference;
      if (def.type === 'date' || (def.type === 'pipe' && def.out?._zod.def.type === 'date')) marks['x-date'] = true;
      const checks = checksOf(schema);
      const messages = checks.filter((c) => !c.path).flatMap((c) => messageOf(c) ?? []);
      if (messages.length) marks['x-messages'] = messages;
      const rules: Record<string, string[]> = {};
      for (const check of checks.filter((c) => c.path?.length)) {
        const message = messageOf(check);
        if (message) (rules[String(check.path![0])] ??= []).push(message);
      }
      if (Object.keys(rules).length) marks['x-rules'] = rules;
    },
  }) as JsonSchema;
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

/** The help under a field: its limits in words, then the fixes the build would print for it. */
function hintOf(schema: JsonSchema, rules: readonly string[]): string | undefined {
  const item = schema.items;
  const lines: string[] = [];
  const { minLength: min, maxLength: max } = schema;
  // A schema's own messages about its length say it better than the numbers alone.
  if (!schema['x-messages']) {
    if (min !== undefined && max !== undefined) lines.push(`${min}–${max} characters.`);
    else if (min !== undefined) lines.push(`At least ${min} characters.`);
    else if (max !== undefined) lines.push(`At most ${max} characters.`);
  }
  if (schema.minItems !== undefined || schema.maxItems !== undefined) {
    lines.push(
      schema.maxItems === undefined
        ? `At least ${schema.minItems} ${schema.minItems === 1 ? 'item' : 'items'}.`
        : `${schema.minItems ?? 0}–${schema.maxItems} items.`,
    );
  }
  if (schema.exclusiveMinimum !== undefined && schema.type === 'number') lines.push(`More than ${schema.exclusiveMinimum}.`);
  for (const message of [...(schema['x-messages'] ?? []), ...(item?.['x-messages'] ?? [])]) lines.push(sentence(message.split(' – ')[1]!));
  for (const rule of rules) lines.push(`The build refuses: ${rule.split(' – ')[0]} (${rule.split(' – ')[1]}).`);
  return lines.length ? [...new Set(lines)].join(' ') : undefined;
}

/** The editor field for one schema property. `rules` are the object's rules reported at this field. */
export function fieldOf(name: string, schema: JsonSchema, required: boolean, rules: readonly string[] = []): Field {
  const base = { name, label: name, required: required && schema.default === undefined, ...withHint(hintOf(schema, rules)) };
  const reference = schema['x-reference'] ?? schema.items?.['x-reference'];
  if (reference) {
    const display = displayFieldOf[reference] ?? 'title';
    const multiple = schema.type === 'array';
    return {
      ...base,
      widget: 'relation',
      collection: reference,
      value_field: '{{slug}}',
      display_fields: [display],
      search_fields: [display],
      ...(multiple ? { multiple, ...bounds(schema.minItems, schema.maxItems) } : {}),
    };
  }
  if (schema['x-image']) return { ...base, widget: 'image', choose_url: false };
  if (schema['x-date']) return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  if (schema.enum) return { ...base, widget: 'select', options: schema.enum.map(String), ...withDefault(schema.default) };
  switch (schema.type) {
    case 'boolean':
      return { ...base, widget: 'boolean', ...withDefault(schema.default) };
    case 'integer':
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: schema.type === 'integer' ? 'int' : 'float',
        // "positive": the smallest whole number above 0 is 1; a fraction above 0 has no smallest, so the hint says it.
        ...(schema.exclusiveMinimum !== undefined ? { min: schema.type === 'integer' ? schema.exclusiveMinimum + 1 : schema.exclusiveMinimum } : {}),
        ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
      };
    case 'object':
      return { ...base, widget: 'object', fields: fieldsOf(schema) };
    case 'array':
      return listField(base, schema);
    default:
      return stringField(base, schema);
  }
}

function stringField(base: { name: string; label: string; required: boolean; hint?: string }, schema: JsonSchema): Field {
  // A clock time ("18:00") gets the browser's time input, which writes HH:MM.
  if (schema.pattern === clockTimePattern.source) return { ...base, widget: 'datetime', type: 'time', format: 'HH:mm' };
  const long = (schema.maxLength ?? 0) > longTextFrom || ['bio', 'answer'].includes(base.name);
  return {
    ...base,
    widget: long ? 'text' : 'string',
    ...(schema.minLength !== undefined ? { minlength: schema.minLength } : {}),
    ...(schema.maxLength !== undefined ? { maxlength: schema.maxLength } : {}),
    ...(schema.pattern
      ? { pattern: [schema.pattern, hintOf(schema, []) ?? 'Not in the form the build accepts: docs/editing.md shows it.'] as [string, string] }
      : {}),
    ...withDefault(schema.default),
  };
}

function listField(base: { name: string; label: string; required: boolean; hint?: string }, schema: JsonSchema): Field {
  const item = schema.items ?? {};
  const limits = bounds(schema.minItems, schema.maxItems);
  // A list of choices (weekdays) is one multiple select.
  if (item.enum) return { ...base, widget: 'select', multiple: true, options: item.enum.map(String), ...limits };
  if (item.type === 'object') return { ...base, widget: 'list', fields: fieldsOf(item), ...limits };
  return { ...base, widget: 'list', field: fieldOf(singular(base.name), item, true), ...limits };
}

const singular = (name: string) => (name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, '')) || 'item';
const withHint = (hint: string | undefined) => (hint ? { hint } : {});
const withDefault = (value: unknown) => (value !== undefined && !(Array.isArray(value) && value.length === 0) ? { default: value as never } : {});
const bounds = (min?: number, max?: number) => ({ ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });

/** Every property of an object schema as editor fields, in the schema's order; a property no value may have gets none. */
export function fieldsOf(schema: JsonSchema): Field[] {
  const required = new Set(schema.required ?? []);
  const rules = schema['x-rules'] ?? {};
  return Object.entries(schema.properties ?? {})
    .filter(([, property]) => property.not === undefined)
    .map(([name, property]) => fieldOf(name, property, required.has(name), rules[name]));
}
