import { describe, expect, it } from 'vitest';
import { withFormAction } from '../../../src/lib/build/headers.ts';

describe('withFormAction', () => {
  it('replaces form-action in the CSP header only', () => {
    const headers = `# form-action 'self' is mentioned here\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'self'; form-action 'self'; frame-ancestors 'none'\n`;
    const out = withFormAction(headers, "form-action 'self' https://forms.example");
    expect(out).toContain("Content-Security-Policy: default-src 'self'; form-action 'self' https://forms.example; frame-ancestors 'none'");
    expect(out).toContain("# form-action 'self' is mentioned here");
    expect(out.split('\n')).toHaveLength(headers.split('\n').length);
  });
});
