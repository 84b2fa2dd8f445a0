import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { SHOTS, setUpWithDemo, shot as shotAs, sidebar, signIn, signOut } from './fixtures/console';
import { dismissUndecided } from './fixtures/review';

const shot = (page: Page, project: string, name: string, height?: number) => shotAs(page, `${project}-review-${name}`, height);

/** The demo's medical-insurance project in 共享审核 re-collects the citizen ID number another department publishes. */
const PROJECT = '中山市医疗保障局基本医疗保险参保数字化转型项目';

test('review: an auditor opens a report, sees the evidence marked, decides every finding, concludes, and exports a PDF with the findings table on page 1', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  const page = app.page;
  const project = testInfo.project.name;
  await setUpWithDemo(page);
  await signOut(page);
  await signIn(page, 'auditor.chen');

  // 审查 › 待审报告 lists the projects in 共享审核; the report was written when the project entered it.
  await sidebar(page).getByRole('link', { name: '审查', exact: true }).click();
  const queue = page.getByRole('region', { name: '待审报告' });
  await queue.getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`重复建设审查报告 · XM\\d{4}-\\d{4} ${PROJECT}`) })).toBeVisible();

  // Selecting the re-collection finding marks the item in the project as it was checked.
  const findings = page.getByRole('region', { name: '审查发现' });
  const recollection = findings.getByRole('article', { name: '拟采集“公民身份号码”' });
  await expect(recollection).toContainText('户籍人口基本信息');
  await recollection.click();
  await expect(recollection).toHaveAttribute('aria-current', 'true');
  const checked = page.getByRole('region', { name: '本项目（检查时）' });
  await expect(checked.locator('mark', { hasText: '公民身份号码' }).first()).toBeVisible();
  await shot(page, project, 'evidence', 1200);

  // The conclusion waits for every finding.
  const conclusion = page.getByRole('region', { name: '审查结论' });
  await expect(conclusion.getByRole('status')).toContainText(/还有 \d+ 项发现未作决定/);

  // Decide each: the re-collected ID number is confirmed; the rest are dismissed with a reason.
  const dialog = page.getByRole('dialog', { name: '对发现作出决定' });
  await recollection.getByRole('button', { name: '确认' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '保存决定' }).click();
  await expect(dialog).toBeHidden();
  // A dismissal needs a reason.
  const other = findings.getByRole('article').filter({ has: page.locator('.badge.decision-none') }).first();
  await other.getByRole('button', { name: '排除' }).click();
  await dialog.getByRole('button', { name: '保存决定' }).click();
  await expect(dialog.getByText('排除或部分成立须说明理由')).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await dismissUndecided(page, '功能与服务对象不同，不构成重复');
  await expect(conclusion.getByText(/还有 \d+ 项发现未作决定/)).toHaveCount(0);

  // Concluding sends the project back with the resource to consume instead.
  await conclusion.getByLabel('审查意见').fill('请改为调用户籍人口基本信息核验身份，删除自行采集的身份号码');
  await conclusion.getByRole('button', { name: '退回修改' }).click();
  const concluded = page.locator('.review-conclude.concluded');
  await expect(concluded).toContainText('退回修改');
  await expect(concluded).toContainText('请改为共享调用：');
  await expect(concluded).toContainText('户籍人口基本信息');
  await shot(page, project, 'concluded', 1200);

  // The PDF: its first page carries the findings table.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF' }).click();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tongchou-pdf-e2e-')), 'report.pdf');
  await (await download).saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  // Table cells wrap, so compare without whitespace.
  const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const text of ['重复建设审查报告', PROJECT, '序号', '类型', '对象', '相似度', '主要证据', '审核意见', '户籍人口基本信息', '确认']) expect(firstPage).toContain(text);
  fs.mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', file, path.join(SHOTS, `${project}-review-pdf`)]);

  // The project went back to its department, the report's conclusion in its timeline.
  await page.getByRole('link', { name: '查看项目' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(PROJECT) })).toBeVisible();
  await expect(page.locator('header').getByText('退回修改', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: '办理记录' })).toContainText('请改为共享调用：');
});
