import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';
import { decodeText } from './decode';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name));

describe('CSV as spreadsheet programs write it', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks; rows are numbered as a spreadsheet shows them', () => {
    const text = '名称,摘要\r\n"甲,乙","他说""好""\r\n第二行"\r\n丙,\n丁,末尾';
    expect(parseCsv(text)).toEqual([
      { row: 1, cells: ['名称', '摘要'] },
      { row: 2, cells: ['甲,乙', '他说"好"\r\n第二行'] },
      { row: 3, cells: ['丙', ''] },
      { row: 4, cells: ['丁', '末尾'] },
    ]);
  });

  it('takes semicolons or tabs when the header uses them (European Excel, "Unicode text")', () => {
    expect(parseCsv('a;b\n1;2\n')[1]!.cells).toEqual(['1', '2']);
    expect(parseCsv('a\tb\n1\t2')[1]!.cells).toEqual(['1', '2']);
  });

  it('writes what it reads back', () => {
    const rows = [
      ['名称', '摘要'],
      ['甲,乙', '引号"和\n换行'],
      [' 前后空格 ', ''],
    ];
    expect(parseCsv(toCsv(rows)).map((r) => r.cells)).toEqual(rows);
  });
});

describe('decoding a CSV file', () => {
  it('UTF-8 with or without a BOM', () => {
    const text = '资源名称,摘要\n户籍人口,全市';
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toEqual({ text, encoding: 'utf-8' });
  });

  it('GB18030 as Excel on a Chinese Windows saves it (fixture made with iconv)', () => {
    const bytes = fixture('gb18030.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('gb18030');
    expect(text.replace(/\r\n/g, '\n')).toBe(fixture('gb18030-source.csv').toString('utf8'));
  });

  it('UTF-16 with a BOM ("Unicode text")', () => {
    const text = '资源名称\t摘要';
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'utf-16le' });
  });
});
