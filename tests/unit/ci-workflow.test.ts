import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../support/site.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { container?: string; steps?: Step[]; if?: string; needs?: string }>;
}

let workflow: Workflow;
let steps: Step[];
beforeAll(async () => {
  workflow = parse(await readFile(join(root, '.github/workflows/ci.yml'), 'utf8')) as Workflow;
  steps = workflow.jobs['test-and-build']?.steps ?? [];
});

describe('.github/workflows/ci.yml', () => {
  it('runs on every push and pull request, and daily for scheduled articles', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'schedule']));
  });

  it('tests and builds with Node 24, npm install and apt Chromium, with full git history', () => {
    expect(workflow.jobs['test-and-build']?.container).toMatch(/^node:24/);
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('apt-get install -y -qq chromium');
    // The code-sample tests (tests/samples) need Debian's PostgreSQL and python3.
    expect(runs).toMatch(/apt-get install -y -qq chromium\b.*\bpostgresql\b.*\bpython3\b/);
    expect(runs).toContain('npm install');
    expect(runs).not.toMatch(/npm ci\b/);
    expect(runs.indexOf('npm test')).toBeLessThan(runs.indexOf('npm run build'));
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
  });

  it('passes the repository variable ENQUIRY_ACTION to the deployment build, and not to the tests', () => {
    const deployBuild = steps.find((s) => s.run?.includes('npm run build'));
    expect(deployBuild?.env?.['ENQUIRY_ACTION']).toBe('${{ vars.ENQUIRY_ACTION }}');
    expect(steps.find((s) => s.run?.includes('npm test'))?.env?.['ENQUIRY_ACTION']).toBeUndefined();
  });

  it('deploys dist/ from main only, after the tests', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.['path']).toBe('dist');
    expect(workflow.jobs['deploy']?.needs).toBe('test-and-build');
    expect(workflow.jobs['deploy']?.if).toContain("github.ref == 'refs/heads/main'");
  });
});
