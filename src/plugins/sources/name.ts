/** The sources plugin's name (route data folder). */
export const SOURCES_PLUGIN_NAME = 'boussole-sources';
