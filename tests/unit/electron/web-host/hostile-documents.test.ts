// Browser mode's real host (the built server, its real library) handed documents made to
// hurt: each is refused with its own code, promptly, not host.internal after seconds, and
// the library holds what it held.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleMeta } from '../../../../common/document/article-content.ts';
import type { Envelope } from '../../../../electron/contract/index.ts';
import {
  bodyOf,
  link,
  nestedListsJson,
  paragraph,
  textNode,
} from '../../../support/document/article-bodies.ts';
import { startWebHostProcess, type RunningWebHost } from '../../../support/web-host-process.ts';

let host: RunningWebHost;

beforeAll(async () => {
  host = await startWebHostProcess(
    await mkdtemp(path.join(os.tmpdir(), 'midad-hostile-documents-')),
  );
});
afterAll(() => host.stop());

async function call(method: string, body: string): Promise<{ status: number; envelope: Envelope }> {
  const answer = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-midad-token': host.token },
    body,
  });
  return { status: answer.status, envelope: (await answer.json()) as Envelope };
}

const codeOf = ({ envelope }: { envelope: Envelope }) => (envelope.ok ? 'ok' : envelope.error.code);
const META = articleMeta({ headline: 'خبر' });

/** A .midad file around `bodyJson` (JSON text: a deep body cannot go through JSON.stringify). */
async function midadFileWith(bodyJson: string): Promise<string> {
  const created = await call(
    'drafts.create',
    JSON.stringify([{ meta: META, body: bodyOf(paragraph(textNode('أصل'))) }]),
  );
  if (!created.envelope.ok) throw new Error('setup failed');
  const { id } = created.envelope.value as { id: string };
  const exported = await call('drafts.exportDraft', JSON.stringify([id]));
  const file = JSON.parse((exported.envelope as { value: string }).value) as {
    draft: { id: string; body: unknown };
  };
  file.draft.id = 'draft_fromanotherdesk';
  file.draft.body = 'BODY';
  return JSON.stringify(file).replace('"BODY"', bodyJson);
}

describe('documents made to hurt, through the real browser-mode host', () => {
  it.each([
    ['10,000 nested lists', () => nestedListsJson(10_000), 'document.too_deep'],
    [
      'a 50 MB text',
      () => JSON.stringify(bodyOf(paragraph(textNode('ا'.repeat(50_000_000))))),
      'document.too_large',
    ],
    [
      'a javascript: link',
      () => JSON.stringify(bodyOf(paragraph(link('javascript:alert(1)')))),
      'document.unsafe_url',
    ],
    [
      'a node type Midad does not know',
      () => JSON.stringify(bodyOf({ type: 'poll', children: [] })),
      'document.unknown_node',
    ],
  ])('an import of %s is refused with its code and adds no draft', async (_name, body, code) => {
    const file = await midadFileWith(body());
    const before = await call('drafts.list', '[]');
    const answer = await call('drafts.importDraft', JSON.stringify([file]));
    expect(answer.status).toBe(200);
    expect(codeOf(answer)).toBe(code);
    expect((await call('drafts.list', '[]')).envelope).toEqual(before.envelope);
  });

  it('a save of 10,000 nested lists answers document.too_deep, not storage.write_failed', async () => {
    const created = await call('drafts.create', '[]');
    const { id } = (created.envelope as { value: { id: string } }).value;
    const answer = await call(
      'drafts.save',
      `["${id}",{"meta":${JSON.stringify(META)},"body":${nestedListsJson(10_000)}}]`,
    );
    expect(codeOf(answer)).toBe('document.too_deep');
  });

  it('a method name that is a broken escape answers its code, not 500', async () => {
    const answer = await call('%E0%A4%A', '[]');
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('contract.unknown_method');
  });
});
