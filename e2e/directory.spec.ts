import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { setUpWithDemo as setUp, shot as shotAs, sidebar, signIn, signOut } from './fixtures/console';

/** Names the demo directory does not use, so the duplicate-name rule stays quiet whatever the demo holds. */
const RESOURCE = '居民身份证受理信息';
const SEARCH = '身份证受理';

const shot = (page: Page, project: string, name: string, height?: number) => shotAs(page, `${project}-directory-${name}`, height);

/** Opens the directory and finds a resource by full-text search (Chinese bigrams in the service). */
async function search(page: Page, text: string, name: string) {
  await sidebar(page).getByRole('link', { name: '目录', exact: true }).click();
  await page.getByRole('searchbox', { name: '搜索' }).fill(text);
  await expect(page.getByText('共 1 条')).toBeVisible();
  const row = page.getByRole('grid').getByRole('row').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  return row;
}

async function openResource(page: Page, text = SEARCH, name = RESOURCE) {
  const row = await search(page, text, name);
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** First run with the demo; ends signed out. */
async function setUpWithDemo(page: Page) {
  await setUp(page);
  await signOut(page);
}

test('directory: register with live validation, submit, publish, negative list, apply, approve, items visible', async ({ app }, testInfo) => {
  const page = app.page;
  const project = testInfo.project.name;

  await setUpWithDemo(page);

  // A 公安局 registrant registers an entry; the rules speak up while she types.
  await signIn(page, 'gaj.wang');
  await sidebar(page).getByRole('link', { name: '目录', exact: true }).click();
  await expect(page.getByRole('tab', { name: '资源目录' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('link', { name: '新增资源' }).click();
  await expect(page.getByRole('heading', { name: '新增资源' })).toBeVisible();
  await expect(page.getByLabel('提供方')).toHaveValue(/中山市公安局/);

  const SYSTEM_NAME = '资源名称不能只是系统名称，请写明数据内容（如“××登记信息”）';
  await page.getByLabel('资源名称').fill('居民身份证管理系统');
  await expect(page.getByLabel('资源名称')).toHaveAccessibleDescription(SYSTEM_NAME);
  await page.getByLabel('资源分类').selectOption('101');
  await page.getByLabel('摘要').fill('居民身份证申领、换领和补领的受理记录。');
  await page.getByLabel('资源格式').selectOption('database');
  await page.getByLabel('共享类型').selectOption('conditional');
  await expect(page.getByLabel('共享条件')).toHaveAccessibleDescription('有条件共享须填写共享条件');
  await page.getByLabel('第 1 项 名称').fill('公民身份号码');
  await page.getByLabel('第 1 项 长度').fill('18');
  await page.getByRole('button', { name: '添加信息项' }).click();
  await expect(page.getByLabel('第 2 项 名称')).toBeFocused();
  // The second item is linked to the standard data element 姓名 from the dictionary.
  await page.getByRole('button', { name: /第 2 项 数据元/ }).click();
  const picker = page.getByRole('dialog', { name: '为第 2 项选择数据元' });
  await picker.getByRole('searchbox').fill('姓名');
  await expect(picker.getByRole('button', { name: /DE01002/ })).toBeVisible();
  await shot(page, project, 'element-picker');
  await picker.getByRole('button', { name: /DE01002/ }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByLabel('第 2 项 名称')).toHaveValue('姓名');
  await page.getByLabel('第 2 项 长度').fill('50');
  await expect(page.getByText('正在检查…')).toHaveCount(0);
  await shot(page, project, 'form-issues', 1500);

  // Fix both: a name that says what the data is, and not shared at all (so it stays off the open list).
  await page.getByLabel('资源名称').fill(RESOURCE);
  await page.getByLabel('共享类型').selectOption('none');
  await expect(page.getByLabel('资源名称')).not.toHaveAccessibleDescription(SYSTEM_NAME);
  await expect(page.getByLabel('共享条件')).toHaveCount(0);
  await expect(page.getByText('未发现问题')).toBeVisible();
  await expect(page.getByLabel('开放类型')).toHaveValue('closed');
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page.getByRole('heading', { level: 1, name: RESOURCE })).toBeVisible();
  await expect(page.locator('.resource-head').getByText('草稿')).toBeVisible();
  await expect(page.getByRole('cell', { name: '公民身份号码' })).toBeVisible();
  await page.getByRole('button', { name: '提交审核' }).click();
  await page.getByRole('dialog', { name: '提交审核' }).getByRole('button', { name: '提交审核' }).click();
  await expect(page.locator('.resource-head').getByText('待审核')).toBeVisible();
  await signOut(page);

  // Bureau staff publish it; returning would need a comment.
  await signIn(page, 'bureau.li');
  await openResource(page);
  await page.getByRole('button', { name: '退回修改' }).click();
  const back = page.getByRole('dialog', { name: '退回修改' });
  await back.getByRole('button', { name: '退回修改' }).click();
  await expect(back.getByText('退回和下线须填写意见')).toBeVisible();
  await back.getByRole('button', { name: '取消' }).click();
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByRole('dialog', { name: '发布' }).getByRole('button', { name: '发布' }).click();
  await expect(page.locator('.resource-head').getByText('已发布')).toBeVisible();
  await expect(page.getByRole('list').filter({ hasText: '提交审核' }).getByText('发布', { exact: true })).toBeVisible();
  await signOut(page);

  // Another department sees the catalog entry and basic metadata only, and applies.
  await signIn(page, 'scj.zhao');
  await search(page, SEARCH, RESOURCE);
  // Facet counts follow the search: this one entry, not shared.
  await expect(page.getByLabel('共享类型').locator('option')).toHaveText(['全部', '无条件共享（0）', '有条件共享（0）', '不予共享（1）']);
  await expect(page.getByLabel('提供方').locator('option')).toHaveText(['全部', '中山市公安局（1）']);
  await openResource(page);
  await expect(page.getByText('非公开资源：仅显示目录和基础元数据，使用需申请')).toBeVisible();
  await expect(page.getByText('公民身份号码')).toHaveCount(0);
  await expect(page.getByText('中山市公安局')).toBeVisible();
  await shot(page, project, 'restricted');
  await page.getByRole('button', { name: '申请取用' }).click();
  const apply = page.getByRole('dialog', { name: '申请取用' });
  await expect(apply.getByLabel('整个资源')).toBeChecked();
  await expect(apply.getByLabel('指定信息项')).toBeDisabled();
  await apply.getByLabel('用途').fill('核验');
  await apply.getByLabel('依据').fill('《市场主体登记管理条例》');
  await apply.getByRole('button', { name: '提交申请' }).click();
  await expect(apply.getByLabel('用途')).toHaveAccessibleDescription('请写明用途（至少 4 个字）');
  await expect(apply.getByRole('alert')).toHaveCount(0); // said beside the field, not again with a raw field name
  await apply.getByLabel('用途').fill('核验市场主体登记中的法定代表人身份');
  await shot(page, project, 'apply');
  await apply.getByRole('button', { name: '提交申请' }).click();
  await expect(apply).toBeHidden();
  await expect(page.getByText(/本部门已于 .* 提交申请/)).toBeVisible();
  await signOut(page);

  // The provider is notified and approves.
  await signIn(page, 'gaj.wang');
  const bell = page.getByRole('button', { name: /^通知（2 条未读）$/ }); // published, and the application
  await expect(bell).toBeVisible();
  await bell.click();
  await shot(page, project, 'bell');
  await page.getByRole('button', { name: new RegExp(`中山市市场监督管理局 申请使用“${RESOURCE}”`) }).click();
  await expect(page.getByRole('tab', { name: '待我审批' })).toHaveAttribute('aria-selected', 'true');
  const request = page.getByRole('grid').getByRole('row').filter({ hasText: RESOURCE });
  await request.focus();
  await page.keyboard.press('Enter');
  const decide = page.getByRole('dialog', { name: '审批申请' });
  await expect(decide.getByText('核验市场主体登记中的法定代表人身份')).toBeVisible();
  await expect(decide.getByLabel('公民身份号码')).toBeChecked();
  await shot(page, project, 'decide');
  await decide.getByRole('button', { name: '批准' }).click();
  await expect(decide).toBeHidden();
  await page.getByLabel('状态').selectOption('');
  await expect(page.getByRole('grid').getByRole('row').filter({ hasText: RESOURCE }).getByText('已批准')).toBeVisible();
  // The resource page now says who uses it.
  await page.getByRole('grid').getByRole('row').filter({ hasText: RESOURCE }).dblclick();
  await page.getByRole('dialog', { name: '申请详情' }).getByRole('link', { name: '查看资源' }).click();
  await expect(page.getByRole('region', { name: '使用部门（有效授权）' })).toContainText('中山市市场监督管理局');
  await signOut(page);

  // The applicant now sees the data items.
  await signIn(page, 'scj.zhao');
  await expect(page.getByRole('button', { name: /^通知（1 条未读）$/ })).toBeVisible();
  await openResource(page);
  await expect(page.getByText('非公开资源：仅显示目录和基础元数据，使用需申请')).toHaveCount(0);
  await expect(page.getByRole('cell', { name: '公民身份号码' })).toBeVisible();
  // 姓名 is linked to the standard data element of the same name.
  await expect(page.getByRole('row').filter({ hasText: '姓名' }).getByRole('cell')).toHaveText(['2', '姓名', '字符型', '50', '—', '姓名']);
  await shot(page, project, 'granted', 1100);

  await sidebar(page).getByRole('link', { name: '目录', exact: true }).click();
  await shot(page, project, 'list');
});

test('directory: returned with a comment, the registrant is told, edits from the keyboard and resubmits; English labels', async ({ app }, testInfo) => {
  const page = app.page;
  const project = testInfo.project.name;
  const name = '机动车驾驶人违法记分信息';
  await setUpWithDemo(page);

  // A quick, valid entry with three items.
  await signIn(page, 'gaj.wang');
  await sidebar(page).getByRole('link', { name: '目录', exact: true }).click();
  await page.getByRole('link', { name: '新增资源' }).click();
  await page.getByLabel('资源名称').fill(name);
  await page.getByLabel('资源分类').selectOption('203');
  await page.getByLabel('摘要').fill('驾驶人交通违法记分及清分记录。');
  await page.getByLabel('共享类型').selectOption('unconditional');
  await page.getByLabel('第 1 项 名称').fill('驾驶证号');
  await page.getByLabel('第 1 项 长度').fill('18');
  for (const [n, item] of [[2, '记分分值'], [3, '违法时间']] as const) {
    await page.getByRole('button', { name: '添加信息项' }).click();
    await page.getByLabel(`第 ${n} 项 名称`).fill(item);
  }
  await page.getByLabel('第 2 项 数据类型').selectOption('number');
  await page.getByLabel('第 2 项 长度').fill('2');
  await page.getByLabel('第 3 项 数据类型').selectOption('date');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: '提交审核' }).click();
  await page.getByRole('dialog', { name: '提交审核' }).getByRole('button', { name: '提交审核' }).click();
  await expect(page.locator('.resource-head').getByText('待审核')).toBeVisible();
  await signOut(page);

  // The bureau returns it with a comment.
  await signIn(page, 'bureau.li');
  await openResource(page, '违法记分', name);
  await page.getByRole('button', { name: '退回修改' }).click();
  const back = page.getByRole('dialog', { name: '退回修改' });
  await back.getByLabel('意见（必填）').fill('请把违法时间放在第二项，并补充记分分值的描述');
  await back.getByRole('button', { name: '退回修改' }).click();
  await expect(page.locator('.resource-head').getByText('退回修改')).toBeVisible();
  await signOut(page);

  // The registrant is notified, opens the entry from the bell and edits it.
  await signIn(page, 'gaj.wang');
  await page.getByRole('button', { name: /^通知（1 条未读）$/ }).click();
  await page.getByRole('button', { name: /被退回修改：请把违法时间放在第二项/ }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('button', { name: /^通知（0 条未读）$/ })).toBeVisible();
  await expect(page.getByText('请把违法时间放在第二项，并补充记分分值的描述')).toBeVisible();
  await page.getByRole('link', { name: '编辑' }).click();
  await expect(page.getByRole('heading', { name: /^编辑资源/ })).toBeVisible();
  await expect(page.getByLabel('第 3 项 名称')).toHaveValue('违法时间');
  // Move item 3 up with the keyboard: focus stays on the moved row's button.
  await page.getByRole('button', { name: '上移第 3 项' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('第 2 项 名称')).toHaveValue('违法时间');
  await expect(page.getByRole('button', { name: '上移第 2 项' })).toBeFocused();
  await page.getByLabel('第 3 项 描述').fill('本次违法的记分分值（1–12 分）');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '记分分值' }).getByRole('cell')).toHaveText(['3', '记分分值', '数值型', '2', '本次违法的记分分值（1–12 分）', '—']);
  await page.getByRole('button', { name: '提交审核' }).click();
  await page.getByRole('dialog', { name: '提交审核' }).getByRole('button', { name: '提交审核' }).click();
  await expect(page.locator('.resource-head').getByText('待审核')).toBeVisible();

  // The same screens in English.
  await sidebar(page).getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(page.locator('.resource-head').getByText('Awaiting review')).toBeVisible();
  await shot(page, project, 'resource-en', 1000);
  await sidebar(page).getByRole('link', { name: 'Directory', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Resources' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New resource' })).toBeVisible();
  await shot(page, project, 'list-en');
  await sidebar(page).getByLabel('Language').selectOption('zh-CN');
});
