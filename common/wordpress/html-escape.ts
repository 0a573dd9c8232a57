// Escaping for the HTML we write: text between tags and values inside double-quoted
// attributes. A no-break space is written as &nbsp;, as the browser's innerHTML does, so
// WordPress's editor reads back exactly the markup we sent.

export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (char) => TEXT_ENTITIES[char]!);
}

export function escapeHtmlAttribute(value: string): string {
  return value.replace(/[&"<>\u00a0]/g, (char) => ATTRIBUTE_ENTITIES[char]!);
}

const TEXT_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\u00a0': '&nbsp;',
};
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': '&quot;' };
