/**
 * Hosts a source may not be cited from, in one place (content rules of issue
 * 11, fact sheet « Seconde contre-vérification »). `refused` hosts are never
 * cited; `mirror` hosts copy documents published elsewhere: a mirror is cited
 * only when the original cannot be found, as kind `site`, with a note that
 * says « miroir ».
 */
export type HostPolicy = 'refused' | 'mirror';

export interface UnreliableHost {
  /** Host name; `name.*` stands for the name under any top-level domain (pdfslide.net, pdfslide.fr…). */
  host: string;
  policy: HostPolicy;
  /** Why, in French, for the editor's message. */
  reason: string;
}

export const UNRELIABLE_HOSTS: readonly UnreliableHost[] = [
  {host: 'juriblio.fr', policy: 'refused', reason: 'le site indique que ses fiches sont des simplifications générées automatiquement'},
  {host: 'testing.lemoniteur.fr', policy: 'refused', reason: 'copie de pré-production du Moniteur : citez l’article sur lemoniteur.fr'},
  {host: 'williamlbrock.s3.amazonaws.com', policy: 'refused', reason: 'fichier déposé sur un espace de stockage anonyme, sans éditeur identifiable'},
  {host: 'nouvelles-du-monde.com', policy: 'refused', reason: 'site qui republie automatiquement des articles d’autres médias'},
  {host: 'pdfslide.*', policy: 'mirror', reason: 'miroir de documents publiés ailleurs'},
  {host: 'fdocuments.*', policy: 'mirror', reason: 'miroir de documents publiés ailleurs'},
  {host: '123dok.net', policy: 'mirror', reason: 'miroir de documents publiés ailleurs'},
  {host: 'paperzz.com', policy: 'mirror', reason: 'miroir de documents publiés ailleurs'},
  {host: 'app.livv.eu', policy: 'mirror', reason: 'reproduction de décisions publiées ailleurs'},
  {host: 'rp.liu233w.com', policy: 'mirror', reason: 'proxy qui recopie des pages d’autres sites'},
];

function matches(hostname: string, pattern: string): boolean {
  if (pattern.endsWith('.*')) {
    const name = pattern.slice(0, -2);
    return new RegExp(`(^|\\.)${name.replace(/\./g, '\\.')}\\.[a-z]{2,}(\\.[a-z]{2,})?$`).test(hostname);
  }
  return hostname === pattern || hostname.endsWith(`.${pattern}`);
}

/** The entry of UNRELIABLE_HOSTS that `url` is on, if any. */
export function unreliableHostOf(url: string): UnreliableHost | undefined {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
  return UNRELIABLE_HOSTS.find((entry) => matches(hostname, entry.host));
}

/** A note that says the address is a mirror (« miroir », « copie miroir »…). */
export const MIRROR_NOTE = /miroir/i;
