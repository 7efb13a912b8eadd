/** The one typed accessor of the days plugin's global data, for the browser. */
import {usePluginData} from '@docusaurus/useGlobalData';
import {DAYS_PLUGIN_NAME} from '../name';
import type {DaysGlobalData} from '../types';

export function useDaysData(): DaysGlobalData {
  return usePluginData(DAYS_PLUGIN_NAME) as DaysGlobalData;
}
