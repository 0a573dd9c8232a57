// Host -> renderer events: what changed on the host, so every screen shows it at once.
import * as z from 'zod';
import { COMMAND_IDS } from '../../common/commands/command-table.ts';
import { draftIdSchema, publishJobIdSchema } from './identifiers.ts';
import { libraryReadingSchema } from './library.ts';
import type { HostEventName } from './derive.ts';
import { publishJobSchema } from './publish.ts';

/** One event: the shape of what it carries. */
interface EventSpec<P extends z.ZodType> {
  payload: P;
}
const event = <P extends z.ZodType>(payload: P): EventSpec<P> => ({ payload });

/**
 * Declared once: the host's event bus, the IPC channel of the desktop app, browser mode's
 * event stream and the renderer's `onHostEvent` are all derived from `hostEvents`.
 */
export const hostEvents = {
  /** A publish job was queued or moved (a step, a file, done, failed, conflict, cancelled). */
  'publish.jobChanged': event(z.object({ job: publishJobSchema })),
  /** Jobs left the list: failures a later job of the same draft and site made good. */
  'publish.jobsRemoved': event(z.object({ jobIds: z.array(publishJobIdSchema) })),
  /** The library read more of its drafts at a first start without caches (a few times a second, and once at the end). */
  'drafts.reading': event(libraryReadingSchema),
  /**
   * A draft changed on the host: `created` (new, duplicated, imported), `saved` (its text,
   * a revision put back), `workflow` (its stage), `remote` (the post it is on a site),
   * `trashed`, `restored`.
   */
  'drafts.changed': event(
    z.object({
      draftId: draftIdSchema,
      change: z.enum(['created', 'saved', 'workflow', 'remote', 'trashed', 'restored']),
    }),
  ),
  /** A site was added, removed or checked again, or its categories changed (one created by a job). */
  'sites.changed': event(z.object({})),
  /**
   * A command chosen in the desktop app's menu (its id in common/commands/command-table.ts),
   * sent to the focused window only, which runs it as if its keys were pressed.
   */
  'app.command': event(z.object({ commandId: z.enum(COMMAND_IDS) })),
} as const;

export function listHostEvents(): HostEventName[] {
  return Object.keys(hostEvents) as HostEventName[];
}
