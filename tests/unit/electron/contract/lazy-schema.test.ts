// A schema of the contract is built on its first use, once, and then behaves as the schema itself:
// parsed, nested in another, extended, told apart with instanceof.
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { lazySchema } from '../../../../electron/contract/lazy-schema.ts';
import { draftSchema, errorCodeSchema } from '../../../../electron/contract/index.ts';

describe('a schema built on first use', () => {
  it('is not built until it is used, and then only once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds += 1;
      return z.object({ name: z.string() });
    });
    expect(builds).toBe(0);
    expect(schema.parse({ name: 'مداد' })).toEqual({ name: 'مداد' });
    expect(schema.safeParse({ name: 1 }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('nests, extends and is recognised as the schema it stands for', () => {
    const inner = lazySchema(() => z.object({ id: z.string().min(2) }));
    const outer = lazySchema(() => z.object({ items: z.array(inner) }));
    const extended = inner.extend({ count: z.number() });
    expect(outer.parse({ items: [{ id: 'ab' }] })).toEqual({ items: [{ id: 'ab' }] });
    expect(outer.safeParse({ items: [{ id: 'a' }] }).success).toBe(false);
    expect(extended.parse({ id: 'ab', count: 2 })).toEqual({ id: 'ab', count: 2 });
    expect(inner instanceof z.ZodObject).toBe(true);
    expect(Object.keys(inner.shape)).toEqual(['id']);
  });

  it("leaves the contract's schemas as they were to their users", () => {
    expect(errorCodeSchema.options).toContain('storage.disk_full');
    expect(draftSchema.shape.workflow.shape.status.options).toContain('sent_to_desk');
    expect(draftSchema.safeParse({}).success).toBe(false);
  });
});
