// html-validate settings for the built pages (tests/html/html-validate.test.ts).
// Recommended rules; each relaxation below names the output we cannot change.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki (Astro's code highlighter) writes its colours as CSS variables in
    // style="" and adds overflow-x:auto on every <pre>; there is no option to
    // emit classes. Variables are allowed by default; allow that one property too.
    'no-inline-style': ['error', { allowedProperties: ['display', 'overflow-x'] }],
    // Every <title> ends in " | VTechLabs" (the SEO rule in src/lib/seo/index.ts, tested
    // in tests/html/seo.test.ts), so any page title over 58 characters, which the
    // content schema allows (up to 100), would break this rule's 70. Title length
    // is the schema's call.
    'long-title': 'off',
    // WCAG technique H32 (a submit button in every form) is one way to meet SC 3.2.2,
    // not a requirement. The search form (SearchPanel.astro) updates results in
    // place as the reader types, Enter opens the first result, and without
    // JavaScript its single field still submits to /search/ by implicit submission.
    'wcag/h32': 'off',
    // Headings in Gujarati and Hindi get ids in their own script (the slug of the
    // heading, as in English), so links to a section read in the reader's
    // language. HTML allows any id without spaces; the strict form allows only
    // ASCII letters.
    'valid-id': ['error', { relaxed: true }],
  },
};
