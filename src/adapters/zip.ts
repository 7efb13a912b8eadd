/** The zip of a day's released materials, written with fflate. */
import {zipSync} from 'fflate';

/** A zip of the given files (already-compressed PDFs are stored, not deflated again). */
export function zipMaterials(files: {name: string; bytes: Uint8Array}[], mtime: Date): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [file.name, [file.bytes, {level: 0, mtime}]])));
}
