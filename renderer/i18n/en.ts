// English UI strings. Same keys as ar.ts.
import type { ar } from './ar.ts';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const en: Strings<typeof ar> = {
  app: { name: 'Midad' },
};
