import { expect } from '@open-wc/testing';
import { forgetWarnings, warnOnce } from '../warn.js';

describe('warnOnce', () => {
  const warn = console.warn;
  let calls: string[];
  beforeEach(() => {
    forgetWarnings();
    calls = [];
    console.warn = (...args: unknown[]) => void calls.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('says a message once, prefixed with the package name, and each different message once', () => {
    warnOnce('a');
    warnOnce('a');
    warnOnce('b');
    warnOnce('a');
    expect(calls).to.deep.equal(['osms-widgets: a', 'osms-widgets: b']);
  });

  it('says it again after forgetWarnings', () => {
    warnOnce('a');
    forgetWarnings();
    warnOnce('a');
    expect(calls).to.deep.equal(['osms-widgets: a', 'osms-widgets: a']);
  });
});
