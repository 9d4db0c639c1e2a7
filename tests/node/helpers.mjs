// Shared by the node tests: where the built files and the dev corpus are.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const buildDir = process.env.GALLEY_BUILD_DIR ?? join(root, 'build');
export const webDir = join(buildDir, 'web');
export const cliPath = join(buildDir, 'native', 'cli', 'galley');
export const sharedDir = process.env.GALLEY_SHARED_DIR ?? resolve(root, '..', 'shared');
export const devDir = join(sharedDir, 'corpus', 'dev');

/** The dev pages' raw files ([] when ../shared is absent). */
export function devPages() {
  if (!existsSync(devDir)) return [];
  return readdirSync(devDir).filter((f) => f.endsWith('.raw.txt')).sort().map((f) => join(devDir, f));
}

/** Imports the built web/galley.js (from build/web, next to the module files). */
export async function importGalley() {
  return import(pathToFileURL(join(webDir, 'galley.js')).href);
}
