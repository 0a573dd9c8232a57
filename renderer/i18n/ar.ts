// Arabic UI strings: the default language. Keys mirror en.ts exactly (checked by a test).
export const ar = {
  app: { name: 'مداد' },
} as const;
