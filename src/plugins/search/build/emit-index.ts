/**
 * The index reaches the built site (and the dev server) as an asset of the client
 * compilation, webpack or Rspack: the plugin hands its latest index over here.
 */
import fs from 'node:fs';
import path from 'node:path';
import {PLUGIN_NAME} from '../constants';

export interface BuiltIndex {
  /** Content-hashed name (see index-file.ts). */
  fileName: string;
  json: string;
}

/**
 * The latest index per site, read by the bundler plugin when it emits assets.
 * Module-level so a dev-server reload (new plugin instance, same compiler) serves the new index.
 */
export const latestIndex = new Map<string, BuiltIndex>();

/** Emits the current index as an asset of the client compilation (webpack or Rspack). */
export class EmitSearchIndexPlugin {
  constructor(private readonly siteDir: string, private readonly directory: string) {}

  apply(compiler: {
    webpack: {sources: {RawSource: new (source: string) => unknown}; Compilation: {PROCESS_ASSETS_STAGE_ADDITIONAL: number}};
    hooks: {thisCompilation: {tap: (name: string, callback: (compilation: never) => void) => void}};
  }): void {
    const {RawSource} = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation: {
      hooks: {processAssets: {tap: (options: {name: string; stage: number}, callback: () => void) => void}};
      emitAsset: (name: string, source: unknown) => void;
    }) => {
      compilation.hooks.processAssets.tap(
        {name: PLUGIN_NAME, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL},
        () => {
          const index = latestIndex.get(this.siteDir);
          if (index) compilation.emitAsset(`${this.directory}/${index.fileName}`, new RawSource(index.json));
        },
      );
    });
  }
}

/** After a build: the client compilation has written the index; make sure, or write it now. */
export function ensureIndexWritten(siteDir: string, outDir: string, directory: string): void {
  const index = latestIndex.get(siteDir);
  if (!index) return;
  const target = path.join(outDir, directory, index.fileName);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, index.json);
  }
}
