// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createViewerStore } from '../store/viewerStore';
import { LIVE_NOTICE_ID, reportLiveStatus } from './loadRecord';

describe('reportLiveStatus', () => {
  const setup = () => createViewerStore({ mode: 'embed', lang: 'en' });
  const live = (store: ReturnType<typeof setup>) => store.getState().notices.find((n) => n.id === LIVE_NOTICE_ID);

  it('says nothing after one failure, tells the reader from the second with the retry time, clears on success', () => {
    const store = setup();
    reportLiveStatus(store, 'live.json', { failures: 1, nextPollAt: 1000 });
    expect(live(store)).toBeUndefined();
    reportLiveStatus(store, 'live.json', { failures: 2, nextPollAt: 2000 });
    expect(live(store)).toEqual({ id: LIVE_NOTICE_ID, kind: 'live-failed', file: 'live.json', count: 2, details: [], retryAt: 2000 });
    reportLiveStatus(store, 'live.json', { failures: 3, nextPollAt: 5000 });
    expect(live(store)).toMatchObject({ count: 3, retryAt: 5000 });
    expect(store.getState().notices).toHaveLength(1);
    reportLiveStatus(store, 'live.json', { failures: 0, nextPollAt: 6000 });
    expect(live(store)).toBeUndefined();
  });

  it('leaves a dismissed notice dismissed until polling recovers and fails again', () => {
    const store = setup();
    reportLiveStatus(store, 'live.json', { failures: 2, nextPollAt: 2000 });
    store.getState().dismissNotice(LIVE_NOTICE_ID);
    reportLiveStatus(store, 'live.json', { failures: 3, nextPollAt: 5000 });
    expect(live(store)).toBeUndefined();
    reportLiveStatus(store, 'live.json', { failures: 0, nextPollAt: 6000 });
    reportLiveStatus(store, 'live.json', { failures: 1, nextPollAt: 7000 });
    reportLiveStatus(store, 'live.json', { failures: 2, nextPollAt: 8000 });
    expect(live(store)).toMatchObject({ count: 2, retryAt: 8000 });
  });

  it('leaves other notices alone', () => {
    const store = setup();
    store.getState().addNotice({ id: 'problems:live.json', kind: 'problems', file: 'live.json', count: 1, details: ['x'] });
    reportLiveStatus(store, 'live.json', { failures: 2, nextPollAt: 2000 });
    reportLiveStatus(store, 'live.json', { failures: 0, nextPollAt: 3000 });
    expect(store.getState().notices.map((n) => n.id)).toEqual(['problems:live.json']);
  });
});
