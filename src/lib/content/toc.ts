/** The table of contents, and the one Heading type (what Astro's renderer reports for a heading). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/** Articles with fewer headings than this read fine without a table of contents. */
export const TOC_MIN_HEADINGS = 3;

/** Nests h3s under the h2 before them; only h2 and h3 are listed. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) toc.push({ ...h, children: [] });
    else if (h.depth === 3) {
      const parent = toc.at(-1);
      if (parent) parent.children.push({ ...h, children: [] });
      else toc.push({ ...h, children: [] });
    }
  }
  return toc;
}

export function shouldShowToc(headings: readonly Heading[]): boolean {
  return headings.filter((h) => h.depth === 2 || h.depth === 3).length >= TOC_MIN_HEADINGS;
}
