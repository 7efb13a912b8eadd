/** Keys of the per-file and per-resource maps of the days content. */
export const materialKey = (dayId: string, file: string): string => `${dayId}/${file}`;
export const resourceKey = (dayId: string, resourceId: string): string => `${dayId}/${resourceId}`;
