/**
 * The release rule, decided once per build: a file is put online only once its
 * release time (Paris) has come. "Now" is the build's clock, or BOUSSOLE_NOW
 * for previews and tests. One vocabulary everywhere: a resource is
 * `announced` (no file yet), `embargoed` (file kept back) or `released`.
 */
import {parseParisDateTime} from './paris-time';
import type {Resource} from './data-schema';

export type ReleaseState = 'announced' | 'embargoed' | 'released';

/** The instant a resource may go online; null when it has no release time (online as soon as it has a file). */
export function releaseInstant(resource: Pick<Resource, 'releaseAt'>): Date | null {
  if (resource.releaseAt === undefined) return null;
  const instant = parseParisDateTime(resource.releaseAt);
  if (!instant) throw new Error(`releaseAt invalide : ${resource.releaseAt}`);
  return instant;
}

/** Released from the exact release minute on (now >= releaseAt). */
export function releaseState(resource: Pick<Resource, 'releaseAt' | 'file'>, now: Date): ReleaseState {
  if (resource.file === undefined) return 'announced';
  const release = releaseInstant(resource);
  return release === null || now.getTime() >= release.getTime() ? 'released' : 'embargoed';
}

/**
 * BOUSSOLE_NOW: an ISO date-time with an offset or Z ("2022-03-22T17:00:00+01:00"),
 * or a Paris wall-clock time ("2022-03-22T17:00"). Absent: the real clock.
 */
export function resolveNow(env: Record<string, string | undefined>, clock: () => Date = () => new Date()): Date {
  const value = env.BOUSSOLE_NOW?.trim();
  if (!value) return clock();
  const paris = parseParisDateTime(value);
  if (paris) return paris;
  const hasZone = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
  const instant = new Date(value);
  if (!hasZone || Number.isNaN(instant.getTime())) {
    throw new Error(
      `BOUSSOLE_NOW="${value}" : date illisible. Écrivez une date ISO, par exemple 2022-03-22T17:00 (heure de Paris) ou 2022-03-22T16:00:00Z.`,
    );
  }
  return instant;
}
