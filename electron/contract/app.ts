// What the host tells the UI about itself: its version, mode, data folder, spell checking and
// the language its native menus were laid out in.
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { languageSchema } from './settings.ts';

/**
 * Who underlines misspelt words in the text: the operating system's checker (the desktop app
 * on macOS, and on Windows for `languages`; empty when the system picks them), nobody (the
 * desktop app on Linux: Chromium's checker has no dictionary there), or the browser's own.
 */
export const spellCheckingSchema = lazySchema(() =>
  z.object({
    checker: z.enum(['system', 'none', 'browser']),
    languages: z.array(z.string()),
  }),
);
export type SpellChecking = z.infer<typeof spellCheckingSchema>;

export const appInfoSchema = lazySchema(() =>
  z.object({
    name: z.string(),
    version: z.string(),
    /** 'desktop' inside Electron, 'browser' when served by the web host. */
    mode: z.enum(['desktop', 'browser']),
    dataDir: z.string(),
    spellChecking: spellCheckingSchema,
    /**
     * The interface language the desktop app started in: Chromium's locale, which set the
     * native menus' direction until the next start (electron/main/menu-locale.ts). null in
     * browser mode, which has no native menus.
     */
    menusLanguage: languageSchema.nullable(),
  }),
);
export type AppInfo = z.infer<typeof appInfoSchema>;
