/** Options of the MDX components editors use, shared by the components and the content checks. */
export const calloutKinds = {
  note: { label: 'Note', classes: 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950' },
  tip: { label: 'Tip', classes: 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950' },
  warning: { label: 'Warning', classes: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950' },
} as const;

export type CalloutKind = keyof typeof calloutKinds;

export function isCalloutKind(value: string): value is CalloutKind {
  return Object.hasOwn(calloutKinds, value);
}

/** The components src/components/mdx/index.ts gives editors (kept in step by tests/unit/docs.test.ts and the layouts). */
export const editorComponentNames = ['Callout', 'CourseCta', 'Figure'] as const;
