import { defineConfig } from '@playwright/test';

/**
 * End-to-end specs run twice: against the browser mode in Debian's Chromium (always), and
 * against the real Electron app where its binary is installed (elsewhere they skip and say why).
 */
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts/,
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../test-results',
  projects: [
    { name: 'browser', metadata: { target: 'browser' } },
    { name: 'electron', metadata: { target: 'electron' } },
  ],
});
