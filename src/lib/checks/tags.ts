/**
 * One topic, one tag: "Node.js", "nodejs" and "node-js" would make three tag
 * pages. Tags that differ only in case, accents or punctuation are one tag;
 * every file must spell it the way most files do, in tag form.
 */
import { tagPattern } from '../content/fields.ts';
import type { ContentFile } from '../content/files.ts';
import type { Problem } from './problems.ts';
import { foldAccents, slugify } from '../urls/slug.ts';

/** "Node.js", "nodejs", "node-js" -> "nodejs". */
export function tagKey(tag: string): string {
  return foldAccents(tag)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

interface TagUse {
  file: ContentFile;
  tag: string;
  index: number;
}

/** The spelling a group of variants should use: the commonest one in tag form, else the tag form of the commonest. */
function canonicalSpelling(uses: readonly TagUse[]): string {
  const counts = new Map<string, number>();
  for (const u of uses) counts.set(u.tag, (counts.get(u.tag) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
  return ranked.find((t) => tagPattern.test(t)) ?? slugify(ranked[0] ?? '');
}

export function checkTags(files: readonly ContentFile[]): Problem[] {
  const groups = new Map<string, TagUse[]>();
  for (const file of files.filter((f) => f.collection === 'articles')) {
    const tags = file.data['tags'];
    if (!Array.isArray(tags)) continue;
    tags.forEach((tag: unknown, index) => {
      if (typeof tag !== 'string') return;
      const key = tagKey(tag);
      const group = groups.get(key);
      // Pushed, not copied: a tag on every article would make copying quadratic in the number of articles.
      if (group) group.push({ file, tag, index });
      else groups.set(key, [{ file, tag, index }]);
    });
  }
  const problems: Problem[] = [];
  for (const uses of groups.values()) {
    const canonical = canonicalSpelling(uses);
    for (const { file, tag, index } of uses.filter((u) => u.tag !== canonical)) {
      const elsewhere = uses.find((u) => u.tag === canonical && u.file !== file);
      problems.push({
        path: file.path,
        line: file.lineOf('tags', index),
        message: tagPattern.test(tag)
          ? `tag "${tag}" is another spelling of "${canonical}"${elsewhere ? ` (used in ${elsewhere.file.path})` : ''}`
          : `tag "${tag}" is not in tag form (lowercase words joined by hyphens)`,
        fix: `write "${canonical}" so all its articles share one tag page`,
      });
    }
  }
  return problems;
}
