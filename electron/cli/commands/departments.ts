import { Option, type Command } from 'commander';
import type { DepartmentLevel } from '../../../shared/model/department';
import { translate } from '../../../shared/i18n/translate';
import { callAs } from '../../api/dispatch';
import { formatTable, Refusal } from '../output';
import { globals, listAll, printJson, withCore } from './session';

export function departmentCommands(program: Command, levels: readonly DepartmentLevel[]): void {
  const dept = program.command('department').description('departments (部门)');
  dept
    .command('add')
    .description('add a department')
    .requiredOption('--code <code>', 'department code')
    .requiredOption('--name <name>', 'department name')
    .addOption(new Option('--level <level>', 'city 市直 | town 镇街 | village 村居').choices(levels).default('city'))
    .option('--parent <code>', 'parent department code')
    .option('--json', 'machine-readable output')
    .action(async (opts: { code: string; name: string; level: DepartmentLevel; parent?: string; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        let parentId: string | null = null;
        if (opts.parent) {
          const parent = core.services.store.get<{ id: string }>('SELECT id FROM departments WHERE code = ?', [opts.parent]);
          if (!parent) throw new Refusal(translate(lang, 'cli.departmentUnknown', { code: opts.parent }));
          parentId = parent.id;
        }
        const created = await callAs(core.services, { kind: 'system' }, 'departments.create', { code: opts.code, name: opts.name, level: opts.level, parentId });
        if (opts.json) printJson(created);
        else process.stdout.write(translate(lang, 'cli.departmentAdded', { code: created.code, name: created.name }) + '\n');
      });
    });
  dept
    .command('list')
    .description('list departments')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const rows = await listAll(core, 'departments.list');
        if (opts.json) return printJson(rows);
        const headers = ['code', 'name', 'level', 'parent'].map((h) => translate(lang, `cli.col.${h}`));
        process.stdout.write(formatTable(headers, rows.map((d) => [d.code, d.name, translate(lang, `levels.${d.level}`), d.parentName ?? '—'])) + '\n');
      });
    });
}
