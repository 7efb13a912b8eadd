/** The /ressources filter, shared by the page and its tests. Empty criteria match everything. */
export interface ResourceFilter {
  day: string;
  /** "<day-id>/<session-id>" */
  session: string;
  theme: string;
  kind: string;
}

export const EMPTY_FILTER: ResourceFilter = {day: '', session: '', theme: '', kind: ''};

interface Filterable {
  dayId: string;
  sessionId?: string;
  themes: {id: string}[];
  kind: string;
}

export function matchesFilter(resource: Filterable, filter: ResourceFilter): boolean {
  return (
    (!filter.day || resource.dayId === filter.day) &&
    (!filter.session || `${resource.dayId}/${resource.sessionId ?? ''}` === filter.session) &&
    (!filter.theme || resource.themes.some((theme) => theme.id === filter.theme)) &&
    (!filter.kind || resource.kind === filter.kind)
  );
}

export function countLabel(count: number): string {
  if (count === 0) return 'Aucune ressource ne correspond à ces critères.';
  return `${count} ressource${count > 1 ? 's' : ''} affichée${count > 1 ? 's' : ''}.`;
}
