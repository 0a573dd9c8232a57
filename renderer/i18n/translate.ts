// Looks a dotted key up in a language's strings and fills in its {{placeholders}}. Pure,
// so the rules (fallback language, then defaultValue, then the key itself) are unit tested.

/** A language's strings: nested objects whose leaves are strings. */
export interface StringTree {
  readonly [key: string]: string | StringTree;
}

/** Values for the {{name}} placeholders, and what to say if the key has no string. */
export interface TranslateOptions {
  readonly defaultValue?: string;
  readonly [placeholder: string]: string | number | undefined;
}

function lookup(strings: StringTree, key: string): string | undefined {
  let node: string | StringTree | undefined = strings;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, part) ? node[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(template: string, options: TranslateOptions | undefined): string {
  if (!options) return template;
  // A placeholder without a value stays visible, so a missing argument shows in review.
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (placeholder, name: string) => {
    const value = name === 'defaultValue' ? undefined : options[name];
    return value === undefined ? placeholder : String(value);
  });
}

export function translate(strings: StringTree, fallback: StringTree, key: string, options?: TranslateOptions): string {
  const template = lookup(strings, key) ?? lookup(fallback, key) ?? options?.defaultValue ?? key;
  return interpolate(template, options);
}
