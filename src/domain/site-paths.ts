/** Site paths (without baseUrl) of everything the days plugin publishes: one place, shared by plugin, pages and tests. */
export const DAYS_INDEX_PATH = '/journees';
export const RESOURCES_PATH = '/ressources';
/** Session summaries by day (a page of the days plugin); the blog holds them with the editorial articles. */
export const SUMMARIES_PATH = '/comptes-rendus';
/** The blog: editorial articles and summaries (its feeds are `${ARTICLES_PATH}/rss.xml` and `…/atom.xml`). */
export const ARTICLES_PATH = '/articles';
export const SUBSCRIBE_PATH = '/s-abonner';
/** The feed of materials put online, beside the blog's feeds (it shares their French XSLT page). */
export const MATERIALS_FEED_PATH = `${ARTICLES_PATH}/supports.xml`;

export const dayPath = (dayId: string): string => `/journees/${dayId}`;
export const sessionPath = (dayId: string, sessionId: string): string => `/journees/${dayId}/${sessionId}`;
export const personPath = (personId: string): string => `/intervenants/${personId}`;
export const materialsPath = (dayId: string): string => `/supports/${dayId}`;
export const fileUrl = (dayId: string, file: string): string => `${materialsPath(dayId)}/${file}`;
export const thumbnailUrl = (dayId: string, file: string): string => `${materialsPath(dayId)}/${file.replace(/\.pdf$/, '')}.apercu.png`;
export const zipUrl = (dayId: string): string => `${materialsPath(dayId)}/${dayId}-supports.zip`;
export const dayIcsUrl = (dayId: string): string => `/agenda/${dayId}.ics`;
export const sessionIcsUrl = (dayId: string, sessionId: string): string => `/agenda/${dayId}--${sessionId}.ics`;
export const ogImageUrl = (dayId: string): string => `/img/journees/${dayId}-og.png`;
export const resourceAnchor = (dayId: string, resourceId: string): string => `ressource-${dayId}-${resourceId}`;
