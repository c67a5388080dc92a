/**
 * dist/_headers (from public/_headers) for hosts that read it: its
 * Content-Security-Policy header is enforced together with each page's own
 * <meta> policy, so its form-action must allow the enquiry endpoint too.
 */

/** `headers` (the _headers file's text) with every CSP's form-action replaced by `directive` ("form-action 'self' https://…"). */
export function withFormAction(headers: string, directive: string): string {
  return headers.replace(/^(\s+Content-Security-Policy:.*?)form-action [^;\n]*/gim, `$1${directive}`);
}

/** A top-level entry of dist/: a folder ("blog") or a file ("rss.xml"). */
export interface TopLevelEntry {
  name: string;
  folder: boolean;
}

const cspLine = /^[ \t]+Content-Security-Policy:.*\n?/im;

/**
 * `headers` with the site's Content-Security-Policy moved out of the "/*" rule
 * into one rule per top-level path of dist/ (and "/"), except `editorFolder`,
 * which gets `editorPolicy` as its only policy. Netlify applies every rule
 * that matches a path and cannot remove a header, so a "/*" policy would also
 * bind the editor and block its Git host; listing the site's paths instead
 * leaves every other page's policy as it was.
 */
export function withEditorPolicy(headers: string, entries: readonly TopLevelEntry[], editorFolder: string, editorPolicy: string): string {
  const all = /^\/\*[ \t]*\n((?:[ \t]+\S.*\n?)*)/m.exec(headers);
  const policy = all?.[1] ? cspLine.exec(all[1])?.[0].trim() : undefined;
  if (!all || !policy) throw new Error('_headers: the "/*" rule has no Content-Security-Policy to scope');
  const without = `${headers.slice(0, all.index)}${all[0].replace(cspLine, '')}${headers.slice(all.index + all[0].length)}`;
  const paths = ['/', ...entries.filter((e) => e.name !== editorFolder).map((e) => (e.folder ? `/${e.name}/*` : `/${e.name}`))];
  const rules = paths.map((p) => `${p}\n  ${policy}`);
  return `${without.trimEnd()}

# The pages' Content-Security-Policy, written by the build (src/lib/build/headers.ts)
# for each top-level path except /${editorFolder}/, whose editor has a policy of its own.
${rules.join('\n')}
/${editorFolder}/*
  Content-Security-Policy: ${editorPolicy}
`;
}
