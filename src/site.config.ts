/**
 * The one place for institute facts and site settings. Pages, structured data
 * and feeds read from here, so a change lands everywhere at once.
 *
 * Values marked SAMPLE are placeholders (see README, "Sample values"): replace
 * them with the institute's real details before launch. Never put a fee, date,
 * phone number or address in page text; read it from here.
 */
export interface SocialLink {
  label: string;
  url: string;
}

export interface SiteConfig {
  /** Production origin, no trailing slash. SAMPLE. */
  url: string;
  name: string;
  legalName: string;
  tagline: string;
  description: string;
  locale: string;
  language: string;
  timeZone: string;
  city: string;
  region: string;
  country: string;
  /** SAMPLE */
  address: { street: string; locality: string; region: string; postalCode: string; country: string };
  /** SAMPLE. E.164 form, used for tel: links. */
  phone: string;
  /** SAMPLE. Digits only with country code, used for wa.me links. */
  whatsapp: string;
  /** SAMPLE */
  email: string;
  /** SAMPLE */
  social: SocialLink[];
  /** SAMPLE. Where editors' files live, for "Edit this page" links. */
  repository: { url: string; branch: string };
  blog: { pageSize: number };
  /**
   * The enquiry form on course pages and the contact page. `action` is the
   * address the form posts to (a form service, or the institute's own
   * endpoint; "netlify" for Netlify Forms); empty means no form, only the
   * phone, WhatsApp and email links. The ENQUIRY_ACTION environment variable
   * overrides it at build time (docs/editing.md, "Enquiry form").
   */
  enquiry: { action: string };
  /** Keys above whose values are placeholders, listed for the README and tests. */
  samples: readonly string[];
}

export const site: SiteConfig = {
  url: 'https://www.vtechlabs.example',
  name: 'VTechLabs',
  legalName: 'VTechLabs',
  tagline: 'Software training in Vadodara',
  description:
    'VTechLabs is a software-training institute in Vadodara, Gujarat. Read practical guides and find hands-on courses in backend development, databases and APIs.',
  locale: 'en-IN',
  language: 'en',
  timeZone: 'Asia/Kolkata',
  city: 'Vadodara',
  region: 'Gujarat',
  country: 'India',
  address: {
    street: 'Sample address, replace before launch',
    locality: 'Vadodara',
    region: 'Gujarat',
    postalCode: '390001',
    country: 'IN',
  },
  phone: '+910000000000',
  whatsapp: '910000000000',
  email: 'admissions@vtechlabs.example',
  social: [
    { label: 'LinkedIn', url: 'https://www.linkedin.com/company/vtechlabs-sample' },
    { label: 'Instagram', url: 'https://www.instagram.com/vtechlabs.sample' },
  ],
  repository: { url: 'https://github.com/vtechlabs-sample/site', branch: 'main' },
  blog: { pageSize: 10 },
  enquiry: { action: '' },
  samples: ['url', 'address', 'phone', 'whatsapp', 'email', 'social', 'repository'],
};
