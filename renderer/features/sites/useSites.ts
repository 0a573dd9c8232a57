// The configured sites and where their passwords are kept, with the calls that change them.
import { useCallback } from 'react';
import type { SecretStorage, Site, SiteInput } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { useHostQuery } from '../../useHostQuery.ts';

export interface SitesState {
  sites: Site[] | null;
  storage: SecretStorage | null;
  error: unknown;
  add(input: SiteInput): Promise<Site>;
  check(siteId: string): Promise<void>;
  remove(siteId: string): Promise<void>;
  acceptWeakStorage(): Promise<void>;
  /** Deletes the passwords kept obfuscated; their sites need a keyring (or the consent again) and the password anew. */
  withdrawWeakStorage(): Promise<void>;
}

export function useSites(): SitesState {
  const known = useHostQuery<{ sites: Site[]; storage: SecretStorage | null }>(async () => {
    const [sites, storage] = await Promise.all([midad.sites.list(), midad.sites.secretStorage()]);
    return { sites, storage };
  }, []);
  const { setData } = known;
  const setSites = useCallback(
    (change: (previous: Site[]) => Site[]) =>
      setData((previous) => ({
        storage: previous?.storage ?? null,
        sites: change(previous?.sites ?? []),
      })),
    [setData],
  );
  const setStorage = useCallback(
    (storage: SecretStorage) => setData((previous) => ({ sites: previous?.sites ?? [], storage })),
    [setData],
  );

  return {
    sites: known.data?.sites ?? null,
    storage: known.data?.storage ?? null,
    error: known.error,
    add: useCallback(
      async (input: SiteInput) => {
        const site = await midad.sites.add(input);
        setSites((previous) => [...previous, site]);
        return site;
      },
      [setSites],
    ),
    check: useCallback(
      async (siteId: string) => {
        const site = await midad.sites.check(siteId);
        setSites((previous) => previous.map((old) => (old.id === site.id ? site : old)));
      },
      [setSites],
    ),
    remove: useCallback(
      async (siteId: string) => {
        await midad.sites.remove(siteId);
        setSites((previous) => previous.filter((site) => site.id !== siteId));
      },
      [setSites],
    ),
    acceptWeakStorage: useCallback(
      async () => setStorage(await midad.sites.acceptWeakSecretStorage()),
      [setStorage],
    ),
    withdrawWeakStorage: useCallback(
      async () => setStorage(await midad.sites.withdrawWeakSecretStorage()),
      [setStorage],
    ),
  };
}
