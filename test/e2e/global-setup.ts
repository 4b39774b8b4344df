/**
 * Once per run of the browser tests: one production build, served under
 * sub-paths, and one Chromium that every test file connects to. Nothing is
 * started where the browser tests are skipped.
 */
import { rm } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import type { SharedApp } from './helpers';
import { CHROMIUM_ARGS, SKIP_BROWSER_TESTS, buildApp, requireChromium, serveBuild } from './helpers';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eApp: SharedApp | null;
  }
}

export default async function setup(project: TestProject) {
  if (SKIP_BROWSER_TESTS) {
    project.provide('e2eApp', null);
    return;
  }
  const executablePath = requireChromium();
  const [buildDir, browserServer] = await Promise.all([
    buildApp(),
    chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS }),
  ]);
  const server = await serveBuild(buildDir).catch(async (error: unknown) => {
    await browserServer.close();
    await rm(buildDir, { recursive: true, force: true });
    throw error;
  });
  project.provide('e2eApp', {
    wsEndpoint: browserServer.wsEndpoint(),
    buildDir,
    url: `${server.origin}/un-votes/`,
    invalidUrl: `${server.origin}/un-votes-invalid/`,
    errorUrl: `${server.origin}/un-votes-500/`,
  });
  return async () => {
    await Promise.allSettled([browserServer.close(), server.close()]);
    await rm(buildDir, { recursive: true, force: true });
  };
}
