// The capabilities a role requires, typed into the settings, are read as names or refused with a reason.
import { describe, expect, it } from 'vitest';
import {
  readCapabilityList,
  writeCapabilityList,
} from '../../../../../renderer/features/settings/capability-list.ts';

describe('readCapabilityList', () => {
  it('reads capability names separated by Latin or Arabic commas, spaces around them ignored', () => {
    expect(readCapabilityList(' edit_others_posts ،publish_posts, ')).toEqual({
      ok: true,
      capabilities: ['edit_others_posts', 'publish_posts'],
    });
  });

  it('counts a capability written twice once', () => {
    expect(readCapabilityList('publish_posts, publish_posts')).toEqual({
      ok: true,
      capabilities: ['publish_posts'],
    });
  });

  it('refuses an empty list, since a role that requires nothing would be everyone', () => {
    expect(readCapabilityList(' , ')).toEqual({ ok: false, reason: 'no_capability' });
  });

  it('refuses a name WordPress could not have, and says which', () => {
    expect(readCapabilityList('edit_others_posts, Publish Posts')).toEqual({
      ok: false,
      reason: 'bad_capability',
      name: 'Publish Posts',
    });
    expect(readCapabilityList('تحرير')).toEqual({
      ok: false,
      reason: 'bad_capability',
      name: 'تحرير',
    });
  });

  it('refuses more than ten capabilities for one role', () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `level_${index}`).join(',');
    expect(readCapabilityList(eleven)).toEqual({ ok: false, reason: 'too_many_capabilities' });
  });

  it('writes a list back the way it reads it', () => {
    const capabilities = ['edit_others_posts', 'publish_posts'];
    expect(readCapabilityList(writeCapabilityList(capabilities))).toEqual({
      ok: true,
      capabilities,
    });
  });
});
