/**
 * The index reaches the built site (and the dev server) as assets of the client
 * compilation, webpack or Rspack: the plugin hands its latest index over here, its
 * entry and every fragment, plain static files (so it works offline and under npm start).
 */
import fs from 'node:fs';
import path from 'node:path';
import {PLUGIN_NAME} from '../constants';
import type {BuiltIndex} from './write-index';

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
          for (const [file, json] of index?.files ?? []) compilation.emitAsset(`${this.directory}/${file}`, new RawSource(json));
        },
      );
    });
  }
}

/** After a build: the client compilation has written the index; make sure, or write what is missing now. */
export function ensureIndexWritten(siteDir: string, outDir: string, directory: string): void {
  const index = latestIndex.get(siteDir);
  for (const [file, json] of index?.files ?? []) {
    const target = path.join(outDir, directory, file);
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, json);
  }
}
