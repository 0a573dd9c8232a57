// The settings' shapes: the whole settings file and the patch a change sends. Their numeric
// bounds are plain values in common/settings/settings-ranges.ts, which the settings form reads too.
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { CAPABILITY_NAME_PATTERN, MAX_ROLE_CAPABILITIES } from '../../common/newsroom/roles.ts';
import { SETTINGS_RANGES } from '../../common/settings/settings-ranges.ts';

export const languageSchema = lazySchema(() => z.enum(['ar', 'en']));
export type Language = z.infer<typeof languageSchema>;
/** Light or dark colours: 'system' follows the operating system's choice (prefers-color-scheme). */
export const appearanceSchema = lazySchema(() => z.enum(['system', 'light', 'dark']));
export type Appearance = z.infer<typeof appearanceSchema>;

/** The newsroom's house style (docs/house-style.md); the checker reads it. */
export const houseStyleSettingsSchema = lazySchema(() =>
  z.object({
    /** « » (guillemets) or “ ” (curly). */
    quoteStyle: z.enum(['guillemets', 'curly']),
    /** Western 0-9 or Arabic-Indic ٠-٩ (Saudi dailies online mostly use Western). */
    digits: z.enum(['western', 'arabic-indic']),
    /** Where tanween fath goes beside a final alef: شكرًا (before-alef), شكراً (on-alef), or either. */
    tanween: z.enum(['before-alef', 'on-alef', 'either']),
    /** Rule ids the newsroom turned off; every other rule is on. */
    disabledRules: z.array(z.string().min(1).max(60)).max(100),
    /** A sentence longer than this is flagged. */
    maxSentenceWords: z
      .number()
      .int()
      .min(SETTINGS_RANGES.maxSentenceWords.min)
      .max(SETTINGS_RANGES.maxSentenceWords.max),
    /** Preferred spellings (names of people and places): each variant is flagged, the preferred form offered. */
    wordList: z
      .array(
        z.object({
          preferred: z.string().min(1).max(100),
          variants: z.array(z.string().min(1).max(100)).min(1).max(20),
        }),
      )
      .max(5_000),
  }),
);
export type HouseStyleSettings = z.infer<typeof houseStyleSettingsSchema>;

/** Lengths a newsroom sets for the fields that show in search results and feeds. */
export const limitsSettingsSchema = lazySchema(() =>
  z.object({
    headlineChars: z
      .number()
      .int()
      .min(SETTINGS_RANGES.headlineChars.min)
      .max(SETTINGS_RANGES.headlineChars.max),
    excerptChars: z
      .number()
      .int()
      .min(SETTINGS_RANGES.excerptChars.min)
      .max(SETTINGS_RANGES.excerptChars.max),
  }),
);
export type LimitsSettings = z.infer<typeof limitsSettingsSchema>;

const capabilityNameSchema = lazySchema(() => z.string().regex(CAPABILITY_NAME_PATTERN));
const requiredCapabilitiesSchema = lazySchema(() =>
  z.array(capabilityNameSchema).min(1).max(MAX_ROLE_CAPABILITIES),
);

/** How the newsroom's roles are read from a site's capabilities (common/newsroom/roles.ts). */
const roleMappingSchema = lazySchema(() =>
  z.object({
    copyEditor: requiredCapabilitiesSchema,
    deskChief: requiredCapabilitiesSchema,
  }),
);
/** The name review comments are signed with on this machine; '' until the user gives one. */
const reviewerNameSettingSchema = lazySchema(() => z.string().trim().max(100));

export const newsroomSettingsSchema = lazySchema(() =>
  z.object({
    roleMapping: roleMappingSchema,
    // Settings files from before review comments have none: the section stays readable.
    reviewerName: reviewerNameSettingSchema.default(''),
    /** Suggesting mode is on when a copy editor or desk chief opens someone else's story; files from before it have it on. */
    suggestOnOthersStories: z.boolean().default(true),
  }),
);
export type NewsroomSettings = z.infer<typeof newsroomSettingsSchema>;

/** What happens to a picture on its way out (upload, export): see docs/pictures.md. */
export const picturesSettingsSchema = lazySchema(() =>
  z.object({
    /** Its longest side, in pixels, is at most this; the draft keeps the original. */
    maxLongSide: z
      .number()
      .int()
      .min(SETTINGS_RANGES.pictureLongSide.min)
      .max(SETTINGS_RANGES.pictureLongSide.max),
    /** The photographer's credit and caption stay in the file (as three EXIF text fields); off, nothing does. */
    keepCredit: z.boolean(),
  }),
);
export type PicturesSettings = z.infer<typeof picturesSettingsSchema>;

export const settingsSchema = lazySchema(() =>
  z.object({
    language: languageSchema,
    appearance: appearanceSchema,
    editor: z.object({
      /** Reading speed for the reading-time counter: Arabic is read aloud at about 138 ± 20 wpm. */
      wordsPerMinute: z
        .number()
        .int()
        .min(SETTINGS_RANGES.wordsPerMinute.min)
        .max(SETTINGS_RANGES.wordsPerMinute.max),
      /** Misspellings underlined in the article (docs/spellcheck.md); files from before it have it on. */
      spelling: z.boolean().default(true),
    }),
    houseStyle: houseStyleSettingsSchema,
    limits: limitsSettingsSchema,
    newsroom: newsroomSettingsSchema,
    pictures: picturesSettingsSchema,
  }),
);
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = lazySchema(() =>
  z
    .object({
      language: languageSchema.optional(),
      appearance: appearanceSchema.optional(),
      editor: settingsSchema.shape.editor.partial().optional(),
      houseStyle: houseStyleSettingsSchema.partial().optional(),
      limits: limitsSettingsSchema.partial().optional(),
      pictures: picturesSettingsSchema.partial().optional(),
      // Not `.partial()`: the default would fill a left-out name with '' and erase the one kept.
      newsroom: z
        .object({
          roleMapping: roleMappingSchema.optional(),
          reviewerName: reviewerNameSettingSchema.optional(),
          suggestOnOthersStories: z.boolean().optional(),
        })
        .optional(),
    })
    .strict(),
);
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
