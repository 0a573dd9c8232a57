// How the page hears the host: one connection for every listener, and in browser mode a
// stream that is reopened when the server closed it, with screens told when it is cut.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostEvent } from '../../../electron/contract/index.ts';
import { hostEventStream } from '../../../renderer/host-event-stream.ts';

class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  open(): void {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  send(event: HostEvent): void {
    this.onmessage?.({ data: JSON.stringify(event) });
  }
  /** The server refused or went away for good: the browser stops retrying by itself. */
  fail(): void {
    this.readyState = FakeEventSource.CLOSED;
    this.onerror?.();
  }
  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }
}

beforeEach(() => {
  FakeEventSource.opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const changed: HostEvent = { name: 'sites.changed', payload: {} };

describe('the host’s events in the page', () => {
  it('come over the preload’s one subscription to every listener, which is always up', () => {
    let relay: ((event: HostEvent) => void) | undefined;
    const subscribe = vi.fn((listener: (event: HostEvent) => void) => {
      relay = listener;
      return () => undefined;
    });
    const stream = hostEventStream(subscribe);
    const first: HostEvent[] = [];
    const second: HostEvent[] = [];
    const ups: boolean[] = [];
    stream.listen((event) => first.push(event));
    const stopSecond = stream.listen((event) => second.push(event));
    stream.watchConnection((up) => ups.push(up));
    relay?.(changed);
    stopSecond();
    relay?.(changed);
    expect(subscribe).toHaveBeenCalledTimes(1);
    expect(first).toEqual([changed, changed]);
    expect(second).toEqual([changed]);
    expect(ups).toEqual([]);
  });

  it('come over one event stream in browser mode, opened with the first listener', () => {
    const stream = hostEventStream({ url: 'api/events?token=t' });
    expect(FakeEventSource.opened).toHaveLength(0);
    const heard: HostEvent[] = [];
    stream.listen((event) => heard.push(event));
    stream.listen(() => undefined);
    expect(FakeEventSource.opened.map((source) => source.url)).toEqual(['api/events?token=t']);
    FakeEventSource.opened[0]!.open();
    FakeEventSource.opened[0]!.send(changed);
    expect(heard).toEqual([changed]);
  });

  it('tell the screens when the stream is cut and when it is back, and reopen a stream the server closed', () => {
    const stream = hostEventStream({ url: 'api/events?token=t' });
    const ups: boolean[] = [];
    stream.watchConnection((up) => ups.push(up));
    FakeEventSource.opened[0]!.open();
    FakeEventSource.opened[0]!.fail();
    expect(ups).toEqual([true, false]);
    expect(FakeEventSource.opened).toHaveLength(1);

    vi.advanceTimersByTime(1_000);
    expect(FakeEventSource.opened).toHaveLength(2);
    // A screen that appears while the events are cut is told at once.
    const late: boolean[] = [];
    stream.watchConnection((up) => late.push(up));
    expect(late).toEqual([false]);

    FakeEventSource.opened[1]!.open();
    expect(ups).toEqual([true, false, true]);
    expect(late).toEqual([false, true]);
  });
});
