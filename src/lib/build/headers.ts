/**
 * dist/_headers (from public/_headers) for hosts that read it: its
 * Content-Security-Policy header is enforced together with each page's own
 * <meta> policy, so its form-action must allow the enquiry endpoint too.
 */

/** `headers` (the _headers file's text) with every CSP's form-action replaced by `directive` ("form-action 'self' https://…"). */
export function withFormAction(headers: string, directive: string): string {
  return headers.replace(/^(\s+Content-Security-Policy:.*?)form-action [^;\n]*/gim, `$1${directive}`);
}
