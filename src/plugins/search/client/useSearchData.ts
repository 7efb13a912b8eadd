import {usePluginData} from '@docusaurus/useGlobalData';
import {PLUGIN_NAME} from '../constants';
import type {SearchGlobalData} from '../types';

/** The search plugin's global data (index URL, record count, themes): the one typed way to read it. */
export function useSearchData(): SearchGlobalData {
  return usePluginData(PLUGIN_NAME) as SearchGlobalData;
}
