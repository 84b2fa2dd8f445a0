import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs } from '../api/dispatch';
import { openCore } from '../app/core';
import { tempCore } from '../test-support/temp-core';

describe('language preference', () => {
  let env: Awaited<ReturnType<typeof tempCore>>;
  beforeEach(async () => {
    env = await tempCore();
  });
  afterEach(() => env.dispose());

  it('is Simplified Chinese by default, and English once chosen, also after a restart', async () => {
    const anon = { kind: 'anonymous' } as const;
    expect(await callAs(env.services, anon, 'settings.get', {})).toEqual({ language: 'zh-CN' });
    await callAs(env.services, anon, 'settings.setLanguage', { language: 'en' });
    await env.core.close();
    const reopened = await openCore({ dataDir: env.dataDir, mode: 'cli', holder: 'vitest' });
    try {
      expect(await callAs(reopened.services, anon, 'settings.get', {})).toEqual({ language: 'en' });
    } finally {
      await reopened.close();
      env.core = await openCore({ dataDir: env.dataDir, mode: 'cli', holder: 'vitest' });
    }
  });
});
