// Reading the WordPress capabilities a newsroom role requires, typed as a comma-separated
// list in the settings: the names, or the reason they are refused (nothing is saved then).
import { CAPABILITY_NAME_PATTERN, MAX_ROLE_CAPABILITIES } from '../../../common/newsroom/roles.ts';

export type CapabilityListReading =
  | { ok: true; capabilities: string[] }
  | { ok: false; reason: 'no_capability' | 'too_many_capabilities' }
  | { ok: false; reason: 'bad_capability'; name: string };

/** Latin or Arabic commas, since the list is often typed with an Arabic keyboard layout. */
const SEPARATOR = /[,،]/u;

export function readCapabilityList(text: string): CapabilityListReading {
  const names = [
    ...new Set(
      text
        .split(SEPARATOR)
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    ),
  ];
  if (names.length === 0) return { ok: false, reason: 'no_capability' };
  const bad = names.find((name) => !CAPABILITY_NAME_PATTERN.test(name));
  if (bad !== undefined) return { ok: false, reason: 'bad_capability', name: bad };
  if (names.length > MAX_ROLE_CAPABILITIES) return { ok: false, reason: 'too_many_capabilities' };
  return { ok: true, capabilities: names };
}

export function writeCapabilityList(capabilities: readonly string[]): string {
  return capabilities.join(', ');
}
