import { Command, CommanderError, Option } from 'commander';
import { ROLES } from '../../shared/model/roles';
import { DEPARTMENT_LEVELS } from '../../shared/model/department';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import { defaultDataDir } from '../app/paths';
import { APP_VERSION } from '../app/version';
import { describeError, EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from './output';
import { departmentCommands } from './commands/departments';
import { directoryCommands } from './commands/directory';
import { directoryIoCommands } from './commands/directory-io';
import { initCommand } from './commands/init';
import { projectCommands } from './commands/projects';
import { reviewCommands } from './commands/review';
import { reviewCitywideCommands } from './commands/review-citywide';
import { userCommands } from './commands/users';
import { webCommand } from './commands/web';

export interface GlobalOptions {
  dataDir: string;
  lang: Language;
}

export function buildProgram(): Command {
  const program = new Command('tongchou')
    .description('统筹 Tongchou — 信息化项目统筹与政务数据资源目录 (headless services for automation)')
    .version(APP_VERSION)
    .addOption(new Option('--data-dir <dir>', 'data folder (default: the desktop app\'s)').default(defaultDataDir(), 'desktop data folder'))
    .addOption(new Option('--lang <lang>', 'message language').choices(LANGUAGES).default('zh-CN'))
    .showHelpAfterError()
    .exitOverride();
  initCommand(program);
  userCommands(program, ROLES);
  departmentCommands(program, DEPARTMENT_LEVELS);
  directoryIoCommands(directoryCommands(program));
  projectCommands(program);
  reviewCitywideCommands(reviewCommands(program));
  webCommand(program);
  const exitOverride = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

/** Runs the CLI and returns its exit code (0 done, 1 refused, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  if (argv.length === 0) {
    process.stderr.write(program.helpInformation());
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    const lang = (program.opts() as Partial<GlobalOptions>).lang ?? 'zh-CN';
    process.stderr.write(`${translate(lang, 'cli.refused')}${describeError(err, lang)}\n`);
    return EXIT_REFUSED;
  }
}
