// The configured sites and where their passwords are kept, with the calls that change them.
import { useCallback, useEffect, useState } from 'react';
import type { SecretStorage, Site, SiteInput } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';

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
  const [sites, setSites] = useState<Site[] | null>(null);
  const [storage, setStorage] = useState<SecretStorage | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let alive = true;
    Promise.all([midad.sites.list(), midad.sites.secretStorage()]).then(
      ([listed, kept]) => {
        if (!alive) return;
        setSites(listed);
        setStorage(kept);
      },
      (failure: unknown) => alive && setError(failure),
    );
    return () => {
      alive = false;
    };
  }, []);

  const replace = (site: Site) =>
    setSites((previous) => (previous ?? []).map((old) => (old.id === site.id ? site : old)));

  return {
    sites,
    storage,
    error,
    add: useCallback(async (input: SiteInput) => {
      const site = await midad.sites.add(input);
      setSites((previous) => [...(previous ?? []), site]);
      return site;
    }, []),
    check: useCallback(async (siteId: string) => replace(await midad.sites.check(siteId)), []),
    remove: useCallback(async (siteId: string) => {
      await midad.sites.remove(siteId);
      setSites((previous) => (previous ?? []).filter((site) => site.id !== siteId));
    }, []),
    acceptWeakStorage: useCallback(
      async () => setStorage(await midad.sites.acceptWeakSecretStorage()),
      [],
    ),
    withdrawWeakStorage: useCallback(
      async () => setStorage(await midad.sites.withdrawWeakSecretStorage()),
      [],
    ),
  };
}
