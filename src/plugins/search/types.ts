export interface PluginOptions {
  id: string;
  /** Site-relative path of the glossary: one record per `### Term {#id}`, and the acronym table. */
  glossaryFile: string;
  /** Site-relative path of the docs tags file whose ids are the themes. */
  themesFile: string;
  /** Plugins whose loaded content has `searchDocuments` (see documents.ts). */
  documentPlugins: string[];
  /** Folder of the built site where the content-hashed index is served. */
  indexDirectory: string;
}

/** What the browser gets as the plugin's global data (read with client/useSearchData.ts). */
export interface SearchGlobalData {
  /** URL of the index's content-hashed entry file (baseUrl included); its fragments are in its folder. */
  indexUrl: string;
  recordCount: number;
  themes: {id: string; label: string}[];
}
