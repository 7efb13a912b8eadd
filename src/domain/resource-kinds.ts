/** The kinds of material a day publishes, with their French labels (no schema here: the browser imports it). */
export const RESOURCE_KINDS = ['slides', 'programme', 'document'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const KIND_LABELS: Record<ResourceKind, string> = {
  slides: 'Diaporama',
  programme: 'Programme',
  document: 'Document',
};
