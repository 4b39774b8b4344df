import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { HISTORY_PATH, handlers } from './handlers';

/** The record's pack as the build serves it (in the browser, Vite serves it from public/). */
const pack = () => {
  const bytes = readFileSync(resolve(process.cwd(), 'public/data/history.pack'));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

export const server = setupServer(
  ...handlers,
  http.get(HISTORY_PATH, () => HttpResponse.arrayBuffer(pack())),
);
