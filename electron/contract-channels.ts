// The IPC channel naming shared by preload and main; kept apart from contract.ts so the
// preload bundle does not pull in the schemas.
export const IPC_CHANNEL_PREFIX = 'midad:';
