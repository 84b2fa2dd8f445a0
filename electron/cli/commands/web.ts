import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError, type Command } from 'commander';
import { translate } from '../../../shared/i18n/translate';
import { openCore } from '../../app/core';
import { startWebHost } from '../../host/web-host';
import { buildCsp } from '../../security/csp';
import { Refusal } from '../output';
import { globals } from './session';

/** dist/renderer next to the bundled CLI (dist/cli), or the repo's dist/renderer when run from source. */
export function findRendererDir(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [process.env.TONGCHOU_RENDERER_DIR, path.join(here, '../renderer'), path.join(here, '../../../dist/renderer')];
  return candidates.find((dir): dir is string => !!dir && fs.existsSync(path.join(dir, 'index.html'))) ?? null;
}

export function webCommand(program: Command): void {
  program
    .command('web')
    .description('browser mode: serve the console on 127.0.0.1 with a per-launch token')
    .option('--port <n>', 'port (default: random)', (v) => {
      const n = Number(v);
      if (!/^\d+$/.test(v) || n > 65535) throw new InvalidArgumentError('0–65535');
      return n;
    })
    .action(async (opts: { port?: number }, cmd: Command) => {
      const { lang, dataDir } = globals(cmd);
      const rendererDir = findRendererDir();
      if (!rendererDir) throw new Refusal(translate(lang, 'cli.rendererMissing'));
      const core = await openCore({ dataDir, mode: 'browser', holder: `tongchou web (pid ${process.pid})` });
      let host: Awaited<ReturnType<typeof startWebHost>>;
      try {
        host = await startWebHost({ core, rendererDir, port: opts.port ?? 0, csp: buildCsp() });
      } catch (err) {
        await core.close();
        const code = (err as NodeJS.ErrnoException).code;
        throw new Refusal(translate(lang, code === 'EADDRINUSE' ? 'cli.portBusy' : 'cli.listenFailed', { port: opts.port ?? 0, code: code ?? '' }));
      }
      process.stdout.write(`Tongchou console: ${host.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await host.close();
      await core.close();
    });
}
