import type { SiteConfig } from '../site.config.ts';

export interface ContactLinks {
  phone: { href: string; label: string };
  whatsapp: { href: string; label: string };
  email: { href: string; label: string };
}

/**
 * "+91 00000 00000" from "+910000000000": how Indian mobile numbers are written,
 * with no-break spaces so a number never wraps across lines.
 */
export function formatIndianPhone(e164: string): string {
  const m = /^\+91(\d{5})(\d{5})$/.exec(e164);
  return m ? `+91\u00a0${m[1]}\u00a0${m[2]}` : e164;
}

/** tel:, WhatsApp and mailto: links, with an optional pre-filled enquiry subject. */
export function contactLinks(config: Pick<SiteConfig, 'phone' | 'whatsapp' | 'email'>, subject?: string): ContactLinks {
  const message = subject ? `Hello, I would like to know more about: ${subject}` : undefined;
  return {
    phone: { href: `tel:${config.phone}`, label: formatIndianPhone(config.phone) },
    whatsapp: {
      href: `https://wa.me/${config.whatsapp}${message ? `?text=${encodeURIComponent(message)}` : ''}`,
      label: 'WhatsApp',
    },
    email: {
      href: `mailto:${config.email}${subject ? `?subject=${encodeURIComponent(`Enquiry: ${subject}`)}` : ''}`,
      label: config.email,
    },
  };
}
