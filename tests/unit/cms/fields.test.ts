import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldsOf, jsonSchemaOf } from '../../../src/lib/cms/fields.ts';

const image = z.string();
const course = z.string();
const markers = { image, references: new Map<z.core.$ZodType, string>([[course, 'courses']]) };

describe('fieldsOf(jsonSchemaOf(schema))', () => {
  it('turns a field added to a schema into an editor field, with no second list to update', () => {
    const fields = fieldsOf(
      jsonSchemaOf(z.strictObject({ title: z.string(), venue: z.string().max(40).optional(), capacity: z.number().int().positive() }), markers),
    );
    expect(fields.map((f) => f.name)).toEqual(['title', 'venue', 'capacity']);
    expect(fields[1]).toMatchObject({ widget: 'string', required: false, maxlength: 40 });
    expect(fields[2]).toMatchObject({ widget: 'number', value_type: 'int', min: 1, required: true });
  });

  it('recognises images, references and dates, and carries a schema message as help', () => {
    const date = z.preprocess((v) => v, z.date());
    const fields = fieldsOf(
      jsonSchemaOf(
        z.strictObject({
          cover: image.optional(),
          course,
          when: date,
          code: z.string().regex(/^[A-Z]+$/, { message: 'the code is not in capitals – write it in capitals, e.g. "ABC"' }),
        }),
        markers,
      ),
    );
    expect(fields[0]).toMatchObject({ name: 'cover', widget: 'image', required: false });
    expect(fields[1]).toMatchObject({ name: 'course', widget: 'relation', collection: 'courses', required: true });
    expect(fields[2]).toMatchObject({ name: 'when', widget: 'datetime', type: 'date' });
    expect(fields[3]).toMatchObject({
      widget: 'string',
      hint: 'Write it in capitals, e.g. "ABC".',
      pattern: ['^[A-Z]+$', 'Write it in capitals, e.g. "ABC".'],
    });
  });
});
