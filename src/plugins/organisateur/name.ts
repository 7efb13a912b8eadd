/** The organiser plugin's name: its global data is read under it. */
export const ORGANISER_PLUGIN_NAME = 'boussole-organisateur';
