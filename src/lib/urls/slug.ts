import { slug as githubSlug } from 'github-slugger';

/** "Café" -> "Cafe": accents folded away, so spellings with and without them compare equal. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * URL slug for a title or tag: lowercase ASCII words joined by hyphens.
 * Accents are folded so "Café API" and "Cafe API" share a URL.
 */
export function slugify(text: string): string {
  return githubSlug(foldAccents(text))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Human label for a tag slug: "rest-api" -> "rest api". */
export function tagLabel(tag: string): string {
  return tag.replace(/-/g, ' ');
}
