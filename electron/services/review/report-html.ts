import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';
import type { Evidence, Finding, Report } from '../../../shared/review/report';

/** How many evidence lines a finding shows in the printed table (the strongest first). */
export const PRINTED_EVIDENCE = 3;
/** Longest quotation of one side of an evidence line before it is cut with “…”. */
const QUOTE_CHARS = 60;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or attribute values: every markup character escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Escaped text whose line breaks stay line breaks. */
const escLines = (text: string) => text.split(/\r?\n/).map(escapeHtml).join('<br>');

/** A string literal for CSS `content` (our own message text only). */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\a ')}"`;

const percent = (score: number) => `${Math.round(score * 100)}%`;

const quote = (text: string) => {
  const chars = [...text.trim()];
  return chars.length > QUOTE_CHARS ? `${chars.slice(0, QUOTE_CHARS).join('')}…` : chars.join('');
};

/** A calendar date in the reader's language (local time of the machine that prints). */
export function printedDate(iso: string | null, lang: Language): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const [y, m, day] = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  return lang === 'zh-CN' ? `${y}年${m}月${day}日` : `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The report number printed under the title: the project code and the version. */
export const reportNumber = (report: Pick<Report, 'projectCode' | 'version'>) => `${report.projectCode}-v${report.version}`;

/** Widths (%) of the findings table's columns: 序号, 类型, 对象, 相似度, 主要证据, 审核意见 (English labels are longer). */
const COLUMNS: Record<Language, number[]> = { 'zh-CN': [6, 10, 30, 8, 25, 21], en: [5, 13, 28, 9, 24, 21] };

const FONTS_SANS = '"Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
const FONTS_SERIF = '"Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Noto Sans CJK SC", "Microsoft YaHei", serif';

function styles(pageFooter: string): string {
  return `
@page { size: A4; margin: 20mm 16mm 20mm 16mm; @bottom-center { content: ${pageFooter}; font-family: ${FONTS_SANS}; font-size: 8.5pt; color: #555; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${FONTS_SANS}; font-size: 10pt; line-height: 1.5; color: #111; }
.masthead { text-align: center; padding-bottom: 2.5mm; border-bottom: 1.6pt solid #c00000; margin-bottom: 1.2pt; }
.rule { border-top: 0.5pt solid #c00000; margin-bottom: 5mm; }
.issuer { font-family: ${FONTS_SERIF}; font-size: 20pt; font-weight: 700; color: #c00000; }
:lang(zh-CN) .issuer { letter-spacing: 2pt; }
h1 { font-family: ${FONTS_SERIF}; font-size: 18pt; font-weight: 700; text-align: center; margin: 0 0 1mm; }
:lang(zh-CN) h1 { letter-spacing: 3pt; }
.number { text-align: center; font-size: 9.5pt; color: #333; margin-bottom: 4mm; }
h2 { font-family: ${FONTS_SERIF}; font-size: 12.5pt; font-weight: 700; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.6pt solid #444; padding: 1.4mm 2mm; vertical-align: top; text-align: left; overflow-wrap: break-word; }
table.info th { width: 17%; background: #f0f0f0; font-weight: 700; white-space: nowrap; }
table.info td { width: 33%; }
.summary { margin: 0 0 2mm; }
table.findings { font-size: 9pt; line-height: 1.45; table-layout: fixed; }
table.findings thead { display: table-header-group; }
table.findings th { background: #e6e6e6; text-align: center; vertical-align: middle; font-weight: 700; white-space: nowrap; padding-left: 1mm; padding-right: 1mm; }
table.findings tr { break-inside: avoid; page-break-inside: avoid; }
td.no, td.score { text-align: center; }
td.label { font-weight: 700; }
td.label.duplicate, td.label.recollection { color: #a00000; }
.code { font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 8.5pt; }
.name { font-weight: 700; }
.meta { color: #444; font-size: 8.5pt; }
.evidence { margin: 0; padding: 0; list-style: none; }
.evidence li { margin: 0 0 0.8mm; }
.evidence .kind { color: #444; }
.pending { color: #a00000; font-weight: 700; }
.decision { font-weight: 700; }
.none { text-align: center; color: #333; padding: 4mm; }
table.conclusion th { width: 17%; background: #f0f0f0; font-weight: 700; }
.signatures { margin-top: 1mm; width: 100%; border: none; }
.signatures td { border: none; padding: 4mm 2mm 0 0; white-space: nowrap; }
.line { display: inline-block; min-width: 34mm; border-bottom: 0.6pt solid #111; }
.seal { margin-top: 7mm; text-align: right; padding-right: 4mm; }
.seal div { margin-top: 2mm; }
.nw { white-space: nowrap; }
.keep { break-inside: avoid; page-break-inside: avoid; }
`;
}

/**
 * The printable duplicate-construction report (重复建设审查报告) in the bureau's layout: masthead
 * with the issuing body, the project, the findings table (first page, header repeated on every
 * page), the auditors' decisions, the conclusion and a signatures block. A complete HTML document
 * with its CSS inline and no scripts; every piece of report text is escaped. Pure: the same report
 * and language always give the same document.
 */
export function reportHtml(report: Report, lang: Language): string {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(lang, `review.print.${key}`, params);
  const sep = t('separator');
  const footer = t('page', { page: '\u0000page\u0000', pages: '\u0000pages\u0000' })
    .split('\u0000')
    .filter(Boolean)
    .map((part) => (part === 'page' || part === 'pages' ? `counter(${part})` : cssString(part)))
    .join(' ');

  const info = (rows: [string, string, string?, string?][]) =>
    rows
      .map(([k1, v1, k2, v2]) =>
        k2 === undefined ? `<tr><th>${escapeHtml(k1)}</th><td colspan="3">${v1}</td></tr>` : `<tr><th>${escapeHtml(k1)}</th><td>${v1}</td><th>${escapeHtml(k2)}</th><td>${v2 ?? ''}</td></tr>`,
      )
      .join('\n');

  const project = info([
    [t('project.code'), `<span class="code">${escapeHtml(report.projectCode)}</span>`, t('project.version'), escapeHtml(t('versionOf', { version: report.version, versions: report.versions }))],
    [t('project.name'), `<span class="name">${escapeHtml(report.projectName)}</span>`],
    [t('project.department'), escapeHtml(report.departmentName), t('project.date'), escapeHtml(printedDate(report.createdAt, lang))],
    [t('project.status'), escapeHtml(translate(lang, `proj.status.${report.projectStatus}`)), t('project.reportStatus'), escapeHtml(t(`reportStatus.${report.status}`))],
    [t('project.trigger'), escapeHtml(t(`trigger.${report.trigger}`))],
  ]);

  const counts = new Map<string, number>();
  for (const f of report.findings) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  const summary = report.findings.length
    ? t('summary', {
        count: report.findings.length,
        parts: [...counts].map(([label, count]) => t('summaryPart', { label: translate(lang, `review.label.${label}`), count })).join(t('listSeparator')),
      })
    : '';

  const rows = report.findings.length
    ? report.findings.map((f, i) => findingRow(f, i + 1, lang, t, sep)).join('\n')
    : `<tr><td class="none" colspan="6">${escapeHtml(t('none'))}</td></tr>`;

  const undecided = report.findings.filter((f) => f.decision === null).length;
  const conclusion =
    report.status === 'concluded' && report.conclusion
      ? info([
          [t('conclusion.result'), `<span class="decision">${escapeHtml(translate(lang, `review.conclusion.${report.conclusion}`))}</span>`],
          [t('conclusion.comment'), report.conclusionComment.trim() ? escLines(report.conclusionComment.trim()) : escapeHtml(t('conclusion.none'))],
          [t('conclusion.auditor'), escapeHtml(report.concludedBy ?? ''), t('conclusion.date'), escapeHtml(printedDate(report.concludedAt, lang))],
        ])
      : info([[t('conclusion.result'), `<span class="pending">${escapeHtml(t('conclusion.pending', { undecided }))}</span>`]]);

  const title = t('title');
  return `<!DOCTYPE html>
<html lang="${lang === 'zh-CN' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`${title} ${reportNumber(report)}`)}</title>
<style>${styles(footer)}</style>
</head>
<body>
<div class="masthead"><div class="issuer">${escapeHtml(t('issuer'))}</div></div>
<div class="rule"></div>
<h1>${escapeHtml(title)}</h1>
<div class="number">${escapeHtml(t('reportNo', { number: reportNumber(report) }))}</div>
<table class="info">
${project}
</table>
<h2>${escapeHtml(t('findings'))}</h2>
${summary ? `<p class="summary">${escapeHtml(summary)}</p>` : ''}
<table class="findings">
<colgroup>${COLUMNS[lang].map((w) => `<col style="width:${w}%">`).join('')}</colgroup>
<thead><tr>${(['no', 'label', 'subject', 'score', 'evidence', 'decision'] as const).map((c) => `<th>${escapeHtml(t(`col.${c}`))}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<div class="keep">
<h2>${escapeHtml(t('conclusion.heading'))}</h2>
<table class="conclusion info">
${conclusion}
</table>
</div>
<div class="keep">
<h2>${escapeHtml(t('signatures.heading'))}</h2>
<table class="signatures"><tr>
<td>${escapeHtml(t('signatures.auditor'))}${escapeHtml(sep)}<span class="line">&nbsp;</span></td>
<td>${escapeHtml(t('signatures.reviewer'))}${escapeHtml(sep)}<span class="line">&nbsp;</span></td>
<td>${escapeHtml(t('signatures.date'))}${escapeHtml(sep)}<span class="line">${escapeHtml(t('signatures.blankDate'))}</span></td>
</tr></table>
<div class="seal"><div>${escapeHtml(t('issuer'))}${escapeHtml(t('signatures.seal'))}</div><div>${escapeHtml(t('signatures.blankDate'))}</div></div>
</div>
</body>
</html>
`;
}

/**
 * The evidence a reader is shown, strongest first: what matched on each side (names, sentences,
 * systems, functions, data items). The model's `feature` lines (a feature's name and value) explain
 * the score to engineers, not to auditors, and are left out.
 */
export function topEvidence(evidence: readonly Evidence[], count = PRINTED_EVIDENCE): Evidence[] {
  return evidence
    .filter((e) => e.kind !== 'feature')
    .sort((a, b) => b.score - a.score)
    .slice(0, count);
}

/** Short facts joined by “ · ”, each kept on one line (a date never breaks before 日). */
const meta = (parts: string[]) =>
  parts
    .filter(Boolean)
    .map((p) => `<span class="nw">${escapeHtml(p)}</span>`)
    .join(' · ');

function evidenceLine(e: Evidence, lang: Language, sep: string): string {
  const left = quote(e.left);
  const right = quote(e.right);
  const sides = left === right || !right ? escapeHtml(left) : `${escapeHtml(left)} ↔ ${escapeHtml(right)}`;
  const score = lang === 'zh-CN' ? `<span class="nw">（${percent(e.score)}）</span>` : ` <span class="nw">(${percent(e.score)})</span>`;
  return `<li><span class="kind">${escapeHtml(translate(lang, `review.evidence.${e.kind}`))}${escapeHtml(sep)}</span>${sides}${score}</li>`;
}

function findingRow(f: Finding, no: number, lang: Language, t: (key: string, params?: Record<string, string | number>) => string, sep: string): string {
  let subject: string;
  if (f.otherProject) {
    const o = f.otherProject;
    subject = [
      `<div class="code">${escapeHtml(o.code)}</div>`,
      `<div class="name">${escapeHtml(o.name)}</div>`,
      `<div class="meta">${meta([o.departmentName, String(o.year), translate(lang, `proj.status.${o.status}`)])}</div>`,
    ].join('');
  } else {
    subject = `<div class="name">${escapeHtml(t('dataItem', { item: f.dataItem }))}</div>`;
    if (f.resource) {
      const r = f.resource;
      subject += [
        `<div><span class="meta">${escapeHtml(t('consumeInstead'))}${escapeHtml(sep)}</span><span class="code">${escapeHtml(r.code)}</span> ${escapeHtml(r.name)}</div>`,
        `<div class="meta">${meta([t('provider', { name: r.providerName }), r.item ? t('resourceItem', { item: r.item }) : ''])}</div>`,
      ].join('');
    }
  }
  const evidence = topEvidence(f.evidence);
  const decision =
    f.decision === null
      ? `<span class="pending">${escapeHtml(t('undecided'))}</span>`
      : [
          `<div class="decision">${escapeHtml(translate(lang, `review.decision.${f.decision}`))}</div>`,
          f.reason ? `<div>${escLines(f.reason)}</div>` : '',
          f.decidedBy || f.decidedAt ? `<div class="meta">${meta([f.decidedBy ?? '', printedDate(f.decidedAt, lang)])}</div>` : '',
          f.carried ? `<div class="meta">${escapeHtml(t('carried'))}</div>` : '',
        ].join('');
  return `<tr>
<td class="no">${no}</td>
<td class="label ${escapeHtml(f.label)}">${escapeHtml(translate(lang, `review.label.${f.label}`))}</td>
<td>${subject}</td>
<td class="score">${percent(f.score)}</td>
<td>${evidence.length ? `<ul class="evidence">${evidence.map((e) => evidenceLine(e, lang, sep)).join('')}</ul>` : ''}</td>
<td>${decision}</td>
</tr>`;
}
