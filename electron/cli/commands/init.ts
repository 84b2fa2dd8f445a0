import type { Command } from 'commander';
import { translate } from '../../../shared/i18n/translate';
import { callAs } from '../../api/dispatch';
import { globals, printJson, withCore } from './session';

export function initCommand(program: Command): void {
  program
    .command('init')
    .description('create the data folder (and optionally load the 中山市 demo departments and accounts)')
    .option('--demo', 'load demo data')
    .option('--json', 'machine-readable output')
    .action(async (opts: { demo?: boolean; json?: boolean }, cmd: Command) => {
      const { lang, dataDir } = globals(cmd);
      await withCore(cmd, async (core) => {
        const demo = opts.demo ? await callAs(core.services, { kind: 'system' }, 'demo.load', {}) : null;
        const status = await callAs(core.services, { kind: 'system' }, 'auth.status', {});
        if (opts.json) return printJson({ dataDir, demo, needsSetup: status.needsSetup });
        process.stdout.write(translate(lang, 'cli.initDone', { dataDir }) + '\n');
        if (demo) process.stdout.write(translate(lang, 'cli.demoLoaded', demo) + '\n');
        if (status.needsSetup) process.stdout.write(translate(lang, 'cli.needsAdmin') + '\n');
      });
    });
}
