import { describe, expect, it } from 'vitest';
import { isWebLink, notifiesLeadership } from '../opinion/opinion-rules.js';
import { opinionEventWorkflow } from './opinion-event.js';
import { opinionWatchWorkflow } from './opinion-watch.js';
import { allowedActions, refusalOf } from './workflow.js';

const keeper = (state: string) => ({ state, sides: ['keeper' as const], roles: ['division_officer'], facts: {} });
const reader = (state: string, roles = ['leader']) => ({ state, sides: ['reader' as const], roles, facts: {} });
const watcher = (state: string, entries: number) => ({ state, sides: ['watcher' as const], roles: ['division_officer'], facts: { entries } });

describe('the opinion event workflow table', () => {
  it.each([
    ['open', ['edit', 'respond', 'recordOutcome', 'publishRebuttal', 'close']],
    ['closed', ['recordOutcome', 'reopen']],
  ])('offers a keeper on a %s event: %j', (state, actions) => {
    expect(allowedActions(opinionEventWorkflow, keeper(state))).toEqual(actions);
  });

  it('offers a reader (协调处, the leadership, the bureau of the area) nothing, and says why', () => {
    expect(allowedActions(opinionEventWorkflow, reader('open'))).toEqual([]);
    expect(refusalOf(opinionEventWorkflow, 'respond', reader('open'))?.code).toBe('OPINION_KEEPERS_ONLY');
  });

  it('lets a reader who works on complaints (the bureau of the area, 协调处) add complaints to an open event, and nothing else', () => {
    expect(allowedActions(opinionEventWorkflow, reader('open', ['bureau_officer']))).toEqual(['linkComplaints']);
    expect(allowedActions(opinionEventWorkflow, reader('closed', ['bureau_officer']))).toEqual([]);
    expect(refusalOf(opinionEventWorkflow, 'linkComplaints', reader('closed', ['bureau_officer']))?.code).toBe('OPINION_EVENT_CLOSED');
    expect(refusalOf(opinionEventWorkflow, 'linkComplaints', keeper('open'))?.code).toBe('FORBIDDEN');
  });

  it('refuses a response on a closed event with its own code', () => {
    expect(refusalOf(opinionEventWorkflow, 'respond', keeper('closed'))?.code).toBe('OPINION_EVENT_CLOSED');
  });
});

describe('the opinion watch workflow table', () => {
  it('keeps 办结 offered without an entry but refuses it when taken', () => {
    expect(allowedActions(opinionWatchWorkflow, watcher('open', 0))).toEqual(['recordEntry', 'openEvent', 'complete']);
    expect(refusalOf(opinionWatchWorkflow, 'complete', watcher('open', 0))?.code).toBe('OPINION_WATCH_NO_ENTRY');
    expect(refusalOf(opinionWatchWorkflow, 'complete', watcher('open', 1))).toBeNull();
  });

  it('allows nothing on a done watch', () => {
    expect(allowedActions(opinionWatchWorkflow, watcher('done', 3))).toEqual([]);
    expect(refusalOf(opinionWatchWorkflow, 'recordEntry', watcher('done', 3))?.code).toBe('OPINION_WATCH_DONE');
  });
});

describe('opinion rules', () => {
  it('tells the leadership of 较大 and 重大 events only', () => {
    expect(['general', 'significant', 'major'].map(notifiesLeadership)).toEqual([false, true, true]);
  });

  it.each([
    ['https://weibo.com/1', true],
    ['http://news.example.cn/a?b=1', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['ftp://x.cn/a', false],
    ['http://localhost', false],
    ['不是网址', false],
  ])('takes %s as a web link: %s', (value, ok) => {
    expect(isWebLink(value)).toBe(ok);
  });
});
