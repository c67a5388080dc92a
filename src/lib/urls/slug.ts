import { slug as githubSlug } from 'github-slugger';

/**
 * URL slug for a title or tag: lowercase ASCII words joined by hyphens.
 * Accents are folded so "Café API" and "Cafe API" share a URL.
 */
export function slugify(text: string): string {
  return githubSlug(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Human label for a tag slug: "rest-api" -> "rest api". */
export function tagLabel(tag: string): string {
  return tag.replace(/-/g, ' ');
}
