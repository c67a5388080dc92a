import { describe, expect, it } from 'vitest';
import { contactLinks, formatIndianPhone } from '../../src/lib/contact.ts';

const config = { phone: '+919876500000', whatsapp: '919876500000', email: 'hello@example.org' };

describe('formatIndianPhone', () => {
  it('groups a +91 mobile number as 5 + 5 digits with no-break spaces, and leaves others alone', () => {
    expect(formatIndianPhone('+919876500000')).toBe('+91\u00a098765\u00a000000');
    expect(formatIndianPhone('+442071234567')).toBe('+442071234567');
  });
});

describe('contactLinks', () => {
  it('builds tel:, WhatsApp and mailto: links', () => {
    const links = contactLinks(config);
    expect(links.phone.href).toBe('tel:+919876500000');
    expect(links.whatsapp.href).toBe('https://wa.me/919876500000');
    expect(links.email.href).toBe('mailto:hello@example.org');
  });

  it('pre-fills an encoded enquiry when given a subject', () => {
    const links = contactLinks(config, 'Backend & APIs');
    expect(new URL(links.whatsapp.href).searchParams.get('text')).toBe('Hello, I would like to know more about: Backend & APIs');
    expect(links.email.href).toBe('mailto:hello@example.org?subject=Enquiry%3A%20Backend%20%26%20APIs');
  });
});
