/** The days plugin's name: route data, global data and the search plugin's documentPlugins option use it. */
export const DAYS_PLUGIN_NAME = 'boussole-journees';
