/**
 * Where the site is deployed, read from the environment so that one build
 * recipe serves every static host (see README, « Déployer »).
 */
export interface SiteEnvironment {
  url: string;
  baseUrl: string;
  faster: boolean;
}

export const DEFAULT_SITE_URL = 'https://boussole.example.org';

export function siteEnvironment(env: Record<string, string | undefined>): SiteEnvironment {
  const url = (env.BOUSSOLE_URL ?? DEFAULT_SITE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(url)) {
    throw new Error(
      `BOUSSOLE_URL="${env.BOUSSOLE_URL}" : indiquez l’origine du site seule, par exemple https://boussole.example.org (sans chemin ; le chemin va dans BOUSSOLE_BASE_URL).`,
    );
  }
  let baseUrl = env.BOUSSOLE_BASE_URL ?? '/';
  if (!baseUrl.startsWith('/')) baseUrl = `/${baseUrl}`;
  if (!baseUrl.endsWith('/')) baseUrl = `${baseUrl}/`;
  const faster = env.BOUSSOLE_FASTER !== '0';
  return {url, baseUrl, faster};
}
