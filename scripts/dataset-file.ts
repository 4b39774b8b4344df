/** What the command-line scripts share: the bundled dataset, where a given file is, and a closed pipe. */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_DATASET = fileURLToPath(new URL('../data/un-votes-2025-02-24.json', import.meta.url));

/**
 * The directory the user ran the command in. `npm run` starts scripts in the
 * package root and keeps the caller's directory in INIT_CWD.
 */
export function callerDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD ?? process.cwd();
}

/** A `--dataset` path as the user meant it: relative to where they ran the command. */
export function resolveDataset(file: string, cwd: string = callerDirectory()): string {
  return isAbsolute(file) ? file : resolve(cwd, file);
}

/**
 * A reader that stops early (`| head`) closes the pipe; what is left to write
 * has no reader, and that is no failure: end at once, with status 0.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
