// How a field's length stands against the limit a newsroom set for it (a headline that
// fits a search result, say): warned before it is exceeded, never cut.

export type LengthState = 'ok' | 'near' | 'over';

/** From this share of the limit on, the writer is told the end is coming. */
export const NEAR_SHARE = 0.85;

export interface LengthStanding {
  state: LengthState;
  /** Characters left before the limit; negative once it is exceeded. */
  left: number;
}

export function lengthStanding(length: number, limit: number): LengthStanding {
  const left = limit - length;
  if (left < 0) return { state: 'over', left };
  return { state: length >= Math.ceil(limit * NEAR_SHARE) ? 'near' : 'ok', left };
}
