import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { setUpWithDemo, shot as shotAs, sidebar, signIn, signOut } from './fixtures/console';
import { concludeReview } from './fixtures/review';

/** A name no demo project uses, so the duplicate-name warning stays quiet. */
const PROJECT = '市场主体信用分级分类监管平台建设项目';
const PROMISED = '市场主体信用分级评价结果';
const CONSUMED = '户籍人口基本信息';

const shot = (page: Page, project: string, name: string, height?: number) => shotAs(page, `${project}-projects-${name}`, height);

/** Opens the project through the register's search (as a reviewer would from their queue). */
async function openFromRegister(page: Page, tab: '全部项目' | '项目待审' | '我的项目') {
  await sidebar(page).getByRole('link', { name: '项目', exact: true }).click();
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('searchbox', { name: '搜索' }).fill('信用分级分类');
  const row = page.getByRole('row').filter({ hasText: PROJECT });
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(PROJECT) })).toBeVisible();
}

/** One workflow step from the project page: the action button, its comment dialog, the new status. */
async function step(page: Page, action: string, comment: string, status: string) {
  await page.getByRole('button', { name: action, exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  if (comment) await dialog.getByLabel(/^意见/).fill(comment);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('header').getByText(status, { exact: true }).first()).toBeVisible();
}

const timeline = (page: Page) => page.getByRole('region', { name: '办理记录' });

test('projects: declare, formal check, returned with a comment, resubmitted, approved; acceptance waits for the promised resource to be published', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  const page = app.page;
  const project = testInfo.project.name;
  await setUpWithDemo(page);
  await signOut(page);

  // A 市场监管局 registrant declares a project that consumes a police resource and promises a new one.
  await signIn(page, 'scj.zhao');
  await sidebar(page).getByRole('link', { name: '项目', exact: true }).click();
  await page.getByRole('link', { name: '申报项目' }).click();
  await expect(page.getByLabel('申报单位')).toHaveValue(/中山市市场监督管理局/);
  await page.getByLabel('项目名称').fill(PROJECT);
  await page.getByLabel('项目类型').selectOption('new');
  await page.getByLabel('年度').fill('2026');
  await page.getByLabel('预算（万元）').fill('0');
  await page.getByLabel('预算（万元）').press('Tab');
  await expect(page.getByLabel('预算（万元）')).toHaveAccessibleDescription('预算须为正数（万元）');
  await page.getByLabel('预算（万元）').fill('386.5');
  await page.getByLabel('资金来源').selectOption('fiscal');
  await page.getByLabel('建设内容').fill('建设市场主体信用分级分类监管平台，归集登记、许可、处罚信息，按信用等级实施差异化监管。');
  await page.getByRole('button', { name: '添加建设系统' }).click();
  await page.getByLabel('第 1 个系统 名称').fill('信用分级监管系统');
  for (const fn of ['信用评价', '分类监管']) {
    await page.getByLabel('第 1 个系统 添加功能').fill(fn);
    await page.getByLabel('第 1 个系统 添加功能').press('Enter');
  }
  await page.getByRole('button', { name: '添加数据项' }).click();
  await page.getByLabel('第 1 项 名称').fill('统一社会信用代码');
  await page.getByLabel('第 1 项 长度').fill('18');
  await page.getByRole('combobox', { name: '搜索目录资源' }).fill('户籍人口');
  await page.getByRole('listbox', { name: '搜索目录资源' }).getByRole('option', { name: new RegExp(CONSUMED) }).click();
  await page.getByLabel(`“${CONSUMED}”的用途`).fill('核验法定代表人身份');
  await page.getByRole('button', { name: '新建资源草稿' }).click();
  const draft = page.getByRole('group', { name: '第 1 项提供资源：新建资源草稿' });
  await draft.getByLabel('资源名称').fill(PROMISED);
  await draft.getByLabel('分类').selectOption('102');
  await draft.getByLabel('摘要').fill('市场主体信用分级评价的等级与评价日期。');
  await draft.getByLabel('格式').selectOption('database');
  await draft.getByLabel('开放类型').selectOption('open');
  await draft.getByLabel('更新周期').selectOption('monthly');
  await draft.getByLabel('承诺共享类型').selectOption('unconditional');
  await shot(page, project, 'form-filled', 1600);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/#\/projects\/(?!new)[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(PROJECT) })).toBeVisible();
  await expect(page.getByRole('link', { name: CONSUMED })).toBeVisible();
  await expect(page.getByText('信用分级监管系统')).toBeVisible();
  await expect(page.getByText('分类监管', { exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '统一社会信用代码' })).toBeVisible();
  await expect(page.getByRole('link', { name: PROMISED })).toBeVisible();
  await step(page, '申报', '', '已申报');
  await signOut(page);

  // Bureau staff pass the formal check from their queue; the budget is above the 备案 threshold.
  await signIn(page, 'bureau.li');
  await openFromRegister(page, '项目待审');
  await step(page, '形式审查通过', '', '共享审核');
  await signOut(page);

  // The auditor returns it through the duplicate-construction report: a comment is required.
  await signIn(page, 'auditor.chen');
  await openFromRegister(page, '项目待审');
  await concludeReview(page, '退回修改', '请说明与公安身份核验接口的关系，删除重复采集的身份信息');
  await expect(page.locator('header').getByText('退回修改', { exact: true }).first()).toBeVisible();
  await signOut(page);

  // The registrant sees why, fixes the record and resubmits.
  await signIn(page, 'scj.zhao');
  await openFromRegister(page, '我的项目');
  await expect(page.getByText(/请说明与公安身份核验接口的关系，删除重复采集的身份信息/).first()).toBeVisible();
  await page.getByRole('link', { name: '编辑' }).click();
  await page.getByLabel('预算（万元）').fill('352');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/#\/projects\/(?!new)[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(PROJECT) })).toBeVisible();
  await step(page, '申报', '已删除自采身份信息，改为调用公安核验接口', '已申报');
  await signOut(page);

  await signIn(page, 'bureau.li');
  await openFromRegister(page, '项目待审');
  await step(page, '形式审查通过', '', '共享审核');
  await signOut(page);

  await signIn(page, 'auditor.chen');
  await openFromRegister(page, '项目待审');
  await concludeReview(page, '审批通过', '同意建设');
  await expect(page.locator('header').getByText('审批通过', { exact: true }).first()).toBeVisible();
  await signOut(page);

  // Built, then acceptance requested.
  await signIn(page, 'scj.zhao');
  await openFromRegister(page, '我的项目');
  await step(page, '开始建设', '', '建设中');
  await step(page, '申请验收', '', '验收中');
  await signOut(page);

  // The gate lists the promised resource that is not published yet; acceptance is refused.
  await signIn(page, 'auditor.chen');
  await openFromRegister(page, '项目待审');
  const gate = page.getByRole('region', { name: '验收检查' });
  await expect(gate.getByText(PROMISED)).toBeVisible();
  await expect(gate.getByText('承诺的资源尚未发布')).toBeVisible();
  await page.getByRole('button', { name: '验收通过', exact: true }).first().click();
  const accept = page.getByRole('dialog', { name: '验收通过' });
  await accept.getByRole('button', { name: '验收通过', exact: true }).click();
  await expect(accept.getByText('验收未通过：还有 1 项承诺的资源未落实')).toBeVisible();
  await shot(page, project, 'gate-blocked', 1200);
  await accept.getByRole('button', { name: '取消' }).click();
  await signOut(page);

  // The department completes the promised draft in the directory and submits it; bureau staff publish it.
  await signIn(page, 'scj.zhao');
  await openFromRegister(page, '我的项目');
  await page.getByRole('table', { name: '提供资源' }).getByRole('link', { name: PROMISED }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROMISED })).toBeVisible();
  await page.getByRole('link', { name: '编辑' }).click();
  await page.getByLabel('共享方式').selectOption('api');
  await page.getByRole('button', { name: '添加信息项' }).click();
  await page.getByLabel('第 1 项 名称').fill('信用等级');
  await page.getByLabel('第 1 项 数据类型').selectOption('enum');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROMISED })).toBeVisible();
  await page.getByRole('button', { name: '提交审核' }).click();
  await page.getByRole('dialog', { name: '提交审核' }).getByRole('button', { name: '提交审核' }).click();
  await expect(page.locator('header').getByText('待审核', { exact: true }).first()).toBeVisible();
  await signOut(page);

  await signIn(page, 'bureau.li');
  await sidebar(page).getByRole('link', { name: '目录', exact: true }).click();
  await page.getByRole('searchbox', { name: '搜索' }).fill('信用分级评价');
  await page.getByRole('row').filter({ hasText: PROMISED }).getByRole('link', { name: PROMISED }).click();
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByRole('dialog', { name: '发布' }).getByRole('button', { name: '发布' }).click();
  await expect(page.locator('header').getByText('已发布', { exact: true }).first()).toBeVisible();
  await signOut(page);

  // Now the gate passes and the auditor accepts; the timeline shows every step with its comment.
  await signIn(page, 'auditor.chen');
  await openFromRegister(page, '项目待审');
  await expect(page.getByRole('region', { name: '验收检查' }).getByText('验收条件已满足')).toBeVisible();
  await step(page, '验收通过', '验收合格', '运维');
  const history = timeline(page);
  for (const text of ['申报', '形式审查通过', '退回修改', '审批通过', '开始建设', '申请验收', '验收通过', '验收合格']) {
    await expect(history.getByText(text, { exact: true }).first()).toBeVisible();
  }
  await shot(page, project, 'accepted', 1600);
});
