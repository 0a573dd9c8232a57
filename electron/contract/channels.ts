// The IPC channel naming shared by preload and main; kept apart from the schemas so the
// preload bundle does not pull in the schemas.
export const IPC_CHANNEL_PREFIX = 'midad:';
/** The one channel the host's events (contract/events.ts `hostEvents`) reach the app's windows on. */
export const IPC_EVENT_CHANNEL = `${IPC_CHANNEL_PREFIX}host-event`;
