import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures/app';

const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

test('first run: create the administrator, switch language, add a department that survives a restart', async ({ app }, testInfo) => {
  let page = app.page;

  // First run asks for the administrator, in Chinese.
  await expect(page.getByRole('heading', { name: '首次使用：创建系统管理员' })).toBeVisible();
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('姓名').fill('张建国');
  await page.getByLabel('密码', { exact: true }).fill('zs-bureau-2026');
  await page.getByLabel('确认密码').fill('zs-bureau-2026');
  await page.getByRole('button', { name: '创建管理员并登录' }).click();

  // The shell with its six sections.
  const nav = page.getByRole('navigation');
  for (const label of ['工作台', '项目', '审查', '目录', '同步', '设置']) await expect(nav.getByRole('link', { name: label })).toBeVisible();
  await page.getByRole('button', { name: '暂不需要' }).click();

  // English and back.
  await nav.getByLabel('语言').selectOption('en');
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
  await nav.getByLabel('Language').selectOption('zh-CN');
  await expect(nav.getByRole('link', { name: '工作台' })).toBeVisible();

  // Add a department through the departments page.
  await nav.getByRole('link', { name: '设置' }).click();
  await page.getByRole('tab', { name: '部门' }).click();
  await page.getByRole('button', { name: '新增部门' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('部门代码').fill('ZS099');
  await dialog.getByLabel('部门名称').fill('中山市数字政府建设中心');
  await dialog.getByLabel('层级').selectOption('city');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').filter({ hasText: '中山市数字政府建设中心' })).toBeVisible();
  await expect(page.getByText('共 1 条')).toBeVisible();

  // The table works from the keyboard: focus a row, Enter opens it for editing, Esc closes.
  await grid.getByRole('row').filter({ hasText: 'ZS099' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: '编辑部门' })).toBeVisible();
  await expect(page.getByRole('dialog').getByLabel('部门代码')).toHaveValue('ZS099');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${testInfo.project.name}-departments.png`), fullPage: true });

  // Restart the host: the department is still there after signing in again.
  await app.restart();
  page = app.page;
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill('zs-bureau-2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('navigation').getByRole('link', { name: '设置' }).click();
  await page.getByRole('tab', { name: '部门' }).click();
  await expect(page.getByRole('grid').getByRole('row').filter({ hasText: '中山市数字政府建设中心' })).toBeVisible();
  await expect(page.getByRole('grid').getByRole('row').filter({ hasText: 'ZS099' })).toBeVisible();
});

test('a wrong password is refused with a Chinese message', async ({ app }) => {
  const page = app.page;
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('姓名').fill('张建国');
  await page.getByLabel('密码', { exact: true }).fill('zs-bureau-2026');
  await page.getByLabel('确认密码').fill('zs-bureau-2026');
  await page.getByRole('button', { name: '创建管理员并登录' }).click();
  await page.getByRole('button', { name: '退出登录' }).click();

  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('用户名或密码错误');
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
});
