// The one API between the UI and the host, declared once: every method's argument and result
// schemas. Preload, IPC registration, the browser-mode HTTP bridge and the renderer's client
// are all derived from it. Its only public face: import from here, not from its files.
// Imports neither Node nor the DOM.
export * from './app.ts';
export * from './channels.ts';
export * from './derive.ts';
export * from './desk.ts';
export * from './document.ts';
export * from './drafts.ts';
export * from './errors.ts';
export * from './events.ts';
export * from './identifiers.ts';
export * from './library.ts';
export * from './media.ts';
export * from './methods.ts';
export * from './publish.ts';
export * from './review.ts';
export * from './settings.ts';
export * from './sites.ts';
export { MAX_DOCX_BYTES, MAX_MEDIA_BYTES } from '../../common/document/file-size-limits.ts';
