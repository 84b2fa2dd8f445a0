import { Option, type Command } from 'commander';
import type { Role } from '../../../shared/model/roles';
import { translate } from '../../../shared/i18n/translate';
import { callAs } from '../../api/dispatch';
import { formatTable, Refusal } from '../output';
import { globals, listAll, printJson, withCore } from './session';

export function userCommands(program: Command, roles: readonly Role[]): void {
  const user = program.command('user').description('users and roles');
  user
    .command('add')
    .description('add a user (the first administrator too)')
    .requiredOption('--username <name>', 'sign-in name')
    .requiredOption('--name <displayName>', 'full name')
    .addOption(new Option('--role <role>', 'role').choices(roles).makeOptionMandatory())
    .option('--department <code>', 'department code (required for every role but admin)')
    .option('--password <password>', 'initial password (or set TONGCHOU_PASSWORD)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { username: string; name: string; role: Role; department?: string; password?: string; json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      const password = opts.password ?? process.env.TONGCHOU_PASSWORD;
      if (!password) throw new Refusal(translate(lang, 'cli.passwordMissing'));
      await withCore(cmd, async (core) => {
        let departmentId: string | null = null;
        if (opts.department) {
          const dept = core.services.store.get<{ id: string }>('SELECT id FROM departments WHERE code = ?', [opts.department]);
          if (!dept) throw new Refusal(translate(lang, 'cli.departmentUnknown', { code: opts.department }));
          departmentId = dept.id;
        }
        const created = await callAs(core.services, { kind: 'system' }, 'users.create', {
          username: opts.username,
          displayName: opts.name,
          password,
          role: opts.role,
          departmentId,
        });
        if (opts.json) printJson(created);
        else process.stdout.write(translate(lang, 'cli.userAdded', { username: created.username, role: translate(lang, `roles.${created.role}`) }) + '\n');
      });
    });
  user
    .command('list')
    .description('list users')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const { lang } = globals(cmd);
      await withCore(cmd, async (core) => {
        const rows = await listAll(core, 'users.list');
        if (opts.json) return printJson(rows);
        const headers = ['username', 'name', 'role', 'department', 'active'].map((h) => translate(lang, `cli.col.${h}`));
        process.stdout.write(
          formatTable(
            headers,
            rows.map((u) => [u.username, u.displayName, translate(lang, `roles.${u.role}`), u.departmentName ?? '—', u.active ? '✓' : '✗']),
          ) + '\n',
        );
      });
    });
}
