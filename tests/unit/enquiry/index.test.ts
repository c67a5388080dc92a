import { describe, expect, it } from 'vitest';
import { batchChoice, enquiryTarget, formActionDirective, formActionSources, formAttributes, joinable } from '../../../src/lib/enquiry/index.ts';
import type { Batch } from '../../../src/lib/batches/index.ts';

describe('enquiryTarget', () => {
  it('is no form when nothing is configured', () => {
    expect(enquiryTarget(undefined, '')).toEqual({ kind: 'none' });
    expect(enquiryTarget('  ', '')).toEqual({ kind: 'none' });
  });

  it('takes ENQUIRY_ACTION over the configured action', () => {
    expect(enquiryTarget('https://forms.example/f/abc', 'https://other.example/x')).toEqual({
      kind: 'url',
      action: 'https://forms.example/f/abc',
      origin: 'https://forms.example',
    });
    expect(enquiryTarget(undefined, 'https://other.example/x')).toMatchObject({ kind: 'url', origin: 'https://other.example' });
    // An empty variable (CI passes an unset repository variable as "") leaves the configured action alone.
    expect(enquiryTarget('', 'https://other.example/x')).toMatchObject({ kind: 'url', origin: 'https://other.example' });
  });

  it('selects Netlify Forms by name', () => {
    expect(enquiryTarget('netlify', '')).toEqual({ kind: 'netlify' });
  });

  it('refuses a value that is not an https endpoint, saying what to write', () => {
    expect(() => enquiryTarget('forms.example/f/1', '')).toThrow(/is not a URL: set ENQUIRY_ACTION/);
    expect(() => enquiryTarget('http://forms.example/f/1', '')).toThrow(/is not https/);
    // A receiver on this machine (the tests') may be plain http.
    expect(enquiryTarget('http://127.0.0.1:4000/in', '')).toMatchObject({ kind: 'url', origin: 'http://127.0.0.1:4000' });
  });
});

describe('form-action', () => {
  it('allows the site and exactly the endpoint origin', () => {
    const target = enquiryTarget('https://forms.example/f/abc?x=1', '');
    expect(formActionSources(target)).toEqual(["'self'", 'https://forms.example']);
    expect(formActionDirective(target)).toBe("form-action 'self' https://forms.example");
    expect(formActionDirective({ kind: 'none' })).toBe("form-action 'self'");
    expect(formActionDirective({ kind: 'netlify' })).toBe("form-action 'self'");
  });
});

describe('formAttributes', () => {
  it('posts to the endpoint, or for Netlify to the thank-you page with Netlify’s attributes', () => {
    expect(formAttributes({ kind: 'none' }, '/enquiry/thanks/')).toBeUndefined();
    expect(formAttributes(enquiryTarget('https://forms.example/f', ''), '/enquiry/thanks/')).toEqual({ action: 'https://forms.example/f', method: 'post' });
    expect(formAttributes({ kind: 'netlify' }, '/enquiry/thanks/')).toEqual({
      action: '/enquiry/thanks/',
      method: 'post',
      name: 'enquiry',
      'data-netlify': 'true',
      'netlify-honeypot': 'website',
    });
  });
});

describe('batch choices', () => {
  const open: Batch = {
    id: 'a',
    course: 'sql',
    start: new Date('2027-01-04'),
    days: ['mon', 'wed'],
    startTime: '18:00',
    endTime: '20:00',
    mode: 'classroom',
    status: 'open',
  };
  const full: Batch = { ...open, id: 'b', days: [], startTime: undefined, endTime: undefined, mode: 'online', status: 'full' };
  const cancelled: Batch = { ...open, id: 'c', status: 'cancelled' };

  it('labels a batch by its start, schedule and mode, after the course when several are listed', () => {
    expect(batchChoice(open)).toEqual({ value: 'a', label: '4 January 2027: Mondays and Wednesdays, 6:00 pm – 8:00 pm IST (Classroom)' });
    expect(batchChoice(full, 'SQL').label).toBe('SQL, 4 January 2027 (Online (live), full)');
  });

  it('offers every batch but the cancelled ones', () => {
    expect(joinable([open, full, cancelled]).map((b) => b.id)).toEqual(['a', 'b']);
  });
});
