// The article's side panels as the e2e specs open them: each one's button in the header
// (`${id}-toggle`) and the panel's own test id.
export const SIDE_PANELS = [
  ['history', 'history'],
  ['preview', 'preview'],
  ['style', 'style-panel'],
  ['suggestions', 'suggestions-panel'],
  ['comments', 'comments-panel'],
  ['publish', 'publish-panel'],
] as const;
