// The headline and the excerpt are plain text in Midad but HTML on a WordPress site, which
// prints them unfiltered for editors (unfiltered_html): a `<` goes as `&lt;` so the site shows
// the character and never reads a tag, and comes back as `<`.

export function plainTextForSite(text: string): string {
  return text.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function plainTextFromSite(raw: string): string {
  return raw.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
}
