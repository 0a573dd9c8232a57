// The host tells every listener what changed, in the shape the contract declares, and only that.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import {
  hostEvents,
  listHostEvents,
  type Draft,
  type HostEvent,
  type HostEventPayload,
} from '../../../../electron/contract/index.ts';
import { composeHost } from '../../../../electron/host/compose.ts';
import { createHostEventBus } from '../../../../electron/host/host-events.ts';

describe('the host event bus', () => {
  it('hands each event to every listener until it unsubscribes', () => {
    const bus = createHostEventBus();
    const first: HostEvent[] = [];
    const second: HostEvent[] = [];
    const stopFirst = bus.subscribe((event) => first.push(event));
    bus.subscribe((event) => second.push(event));

    bus.emit('sites.changed', {});
    stopFirst();
    bus.emit('publish.jobsRemoved', { jobIds: ['job-12345678'] });

    expect(first).toEqual([{ name: 'sites.changed', payload: {} }]);
    expect(second.map((event) => event.name)).toEqual(['sites.changed', 'publish.jobsRemoved']);
  });

  it('drops an event whose payload is not what the contract declares, and says so in the log', () => {
    const logged: unknown[] = [];
    const bus = createHostEventBus((error) => logged.push(error));
    const heard: HostEvent[] = [];
    bus.subscribe((event) => heard.push(event));

    bus.emit('drafts.changed', {
      draftId: '../../etc',
      change: 'saved',
    } as HostEventPayload<'drafts.changed'>);

    expect(heard).toEqual([]);
    expect(logged).toHaveLength(1);
  });

  it('keeps telling the others when one listener throws', () => {
    const bus = createHostEventBus(() => undefined);
    const heard: string[] = [];
    bus.subscribe(() => {
      throw new Error('a window closing');
    });
    bus.subscribe((event) => heard.push(event.name));
    bus.emit('sites.changed', {});
    expect(heard).toEqual(['sites.changed']);
  });

  it('declares every event with a payload schema', () => {
    expect(listHostEvents()).toEqual(Object.keys(hostEvents));
    for (const name of listHostEvents())
      expect(typeof hostEvents[name].payload.safeParse).toBe('function');
  });
});

describe('a composed host', () => {
  it('announces the drafts it creates and saves', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-host-events-'));
    const host = composeHost({
      dataDir,
      mode: 'browser',
      version: '0.0.0',
      settingsStore: new Conf({ cwd: dataDir, configName: 'config', projectName: 'midad' }),
    });
    const heard: HostEvent[] = [];
    host.events.subscribe((event) => heard.push(event));

    const created = await host.dispatch('drafts.create', []);
    if (!created.ok) throw new Error(created.error.code);
    const draft = created.value as Draft;
    await host.dispatch('drafts.save', [
      draft.id,
      { meta: { ...draft.meta, headline: 'عنوان جديد' }, body: draft.body },
    ]);
    await host.dispatch('drafts.setStatus', [draft.id, 'sent_to_desk']);
    await host.dispatch('drafts.trash', [draft.id]);
    await host.shutdown();

    expect(
      heard.filter((event) => event.name === 'drafts.changed').map((event) => event.payload),
    ).toEqual([
      { draftId: draft.id, change: 'created' },
      { draftId: draft.id, change: 'saved' },
      { draftId: draft.id, change: 'workflow' },
      { draftId: draft.id, change: 'trashed' },
    ]);
  });
});
