import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/domain/**/*.test.ts',
            'src/components/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/data/**/*.test.ts',
            'test/lint/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/store/**/*.test.ts'],
          setupFiles: ['test/setup.ts'],
          // A test renders the whole app in jsdom: the first overview alone takes about 1.7 s of CPU, so 5 s left
          // no room on a two-core machine that is busy with anything else. A hang still fails.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          // After the unit and component tests, never beside them: its build and Chromium would take the cores
          // the jsdom tests need. (A project without file parallelism already runs last; this says so.)
          sequence: { groupOrder: 1 },
          include: ['test/e2e/**/*.test.ts'],
          // One build and one Chromium for every browser test file.
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
