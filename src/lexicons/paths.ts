import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository's data/ folder, wherever the code runs from. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function dataPath(...parts: string[]): string {
  return join(DATA_DIR, ...parts);
}
