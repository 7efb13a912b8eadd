/**
 * Where the engine gets the fragments of the sharded index: fetched in the browser,
 * read from the built site by the CLI, from memory in the tests and the benchmark.
 * Each fragment is read once; a fragment being read is not read twice.
 */

/** The fragments a query needs, by path relative to the entry file's folder. */
export interface FragmentSource {
  /** A fragment already read, or undefined. */
  get(path: string): unknown;
  /** Reads the fragments not read yet; resolves once all of them can be had with get(). */
  load(paths: readonly string[]): Promise<void>;
}

export class FragmentCache implements FragmentSource {
  private readonly loaded = new Map<string, unknown>();
  private readonly reading = new Map<string, Promise<void>>();

  /** `read` returns the parsed fragment at a path, or rejects with a message for people. */
  constructor(private readonly read: (path: string) => Promise<unknown>) {}

  get(path: string): unknown {
    return this.loaded.get(path);
  }

  async load(paths: readonly string[]): Promise<void> {
    await Promise.all(
      paths.map((path) => {
        if (this.loaded.has(path)) return undefined;
        let reading = this.reading.get(path);
        if (!reading) {
          reading = this.read(path).then(
            (value) => {
              this.loaded.set(path, value);
              this.reading.delete(path);
            },
            (error: unknown) => {
              this.reading.delete(path);
              throw error;
            },
          );
          this.reading.set(path, reading);
        }
        return reading;
      }),
    );
  }
}
