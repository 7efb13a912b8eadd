/** Names the plugin and its page share between the Node side (index.ts) and the browser side (client/). */

/** The plugin's name: the key of its global data (client/useSearchData.ts). */
export const PLUGIN_NAME = 'boussole-search';

/** Site path of the full results page (baseUrl not included): the plugin's route, the navbar's « Voir tous les résultats ». */
export const SEARCH_PAGE_PATH = '/recherche';
