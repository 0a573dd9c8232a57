// Where a story stands after the site answers a job, and after the desk has had it.
import { describe, expect, it } from 'vitest';
import type { DraftWorkflow } from '../../../../../electron/contract/index.ts';
import { workflowAfterPublish } from '../../../../../electron/services/publish/outbox/workflow-after-publish.ts';
import { workflowFromDesk } from '../../../../../electron/services/publish/desk/hand-over.ts';

const at = '2026-12-03T10:00:00.000Z';
const post = (status: string) => ({ siteId: 'site-1', postId: 42, status });
const copyEdited: DraftWorkflow = { status: 'copy_edited' };

describe('the workflow after a publishing job', () => {
  it('hands the story to the desk when the reporter sends it as pending', () => {
    expect(workflowAfterPublish({ status: 'draft' }, 'pending', post('pending'), at)).toEqual({
      status: 'sent_to_desk',
      withDesk: { siteId: 'site-1', postId: 42, sentAt: at },
    });
  });

  it('marks it published or scheduled whatever the action that got it there', () => {
    expect(workflowAfterPublish(copyEdited, 'publish', post('publish'), at)).toEqual({
      status: 'published',
    });
    expect(workflowAfterPublish(copyEdited, 'update', post('publish'), at)).toEqual({
      status: 'published',
    });
    expect(workflowAfterPublish(copyEdited, 'schedule', post('future'), at)).toEqual({
      status: 'scheduled',
    });
  });

  it("leaves the desk's own copy where it is when the desk updates a pending story: it never locks", () => {
    expect(workflowAfterPublish(copyEdited, 'update', post('pending'), at)).toBe(copyEdited);
    expect(workflowAfterPublish(copyEdited, 'draft', post('draft'), at)).toBe(copyEdited);
  });

  it('returns a story taken off the site to draft', () => {
    expect(workflowAfterPublish({ status: 'published' }, 'unpublish', post('draft'), at)).toEqual({
      status: 'draft',
    });
  });
});

describe("the desk's answer", () => {
  it('is none while the post is still pending', () => {
    expect(workflowFromDesk({ status: 'pending' })).toBeNull();
  });

  it('frees the copy when the desk sends it back, trashes, schedules or publishes it', () => {
    expect(workflowFromDesk({ status: 'draft' })).toEqual({ status: 'draft' });
    expect(workflowFromDesk({ status: 'trash' })).toEqual({ status: 'draft' });
    expect(workflowFromDesk({ status: 'future' })).toEqual({ status: 'scheduled' });
    expect(workflowFromDesk({ status: 'publish' })).toEqual({ status: 'published' });
  });
});
