import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readyLine } from '../../src/server/start-up-messages.js';
import { DEFAULT_DEMO_PASSWORD } from '../../src/modules/demo/seed-demo.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Requirements'));

describe('README quick start', () => {
  it('is npm install && npm start, then npm test', () => {
    expect(quickStart).toContain('```sh\nnpm install && npm start\n```');
    expect(quickStart).toContain('```sh\nnpm test\n```');
  });

  it('shows the line npm start prints, for the default address and demo password', () => {
    expect(quickStart).toContain(`\n${readyLine('http://127.0.0.1:3000', { demo: true, demoPassword: DEFAULT_DEMO_PASSWORD })}\n`);
  });

  it('asks for the Node version package.json declares', () => {
    const engines = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).engines.node as string;
    const minimum = /(\d+)\.(\d+)/.exec(engines)!;
    expect(readme).toContain(`**Node.js ${minimum[1]}** (${minimum[1]}.${minimum[2]} or later`);
  });
});
