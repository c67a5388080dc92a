/**
 * Components editors may use in MDX without importing them: the layouts pass
 * this map to <Content components={…}>. docs/editing.md shows each with an example.
 */
import Callout from './Callout.astro';
import CourseCta from './CourseCta.astro';
import Figure from './Figure.astro';
import type { editorComponentNames } from '../../lib/content/mdx-components.ts';

export const editorComponents = { Callout, CourseCta, Figure } satisfies Record<(typeof editorComponentNames)[number], unknown>;
