import type { DataType, UpdateCycle } from '../../../../shared/directory/vocab';
import { dirZhCN } from '../../../../shared/i18n/dir-zh-CN';
import type { FileEntry } from './template';

/** What the open-data catalog says of a resource: its file form plus classification and dates. */
export interface DcatEntry extends FileEntry {
  className: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

/**
 * Prefixes of the W3C/DCMI vocabularies used, so every term below expands to an IRI. CSVW
 * (W3C's vocabulary for tabular data) describes the data items as the columns of the table.
 */
export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  csvw: 'http://www.w3.org/ns/csvw#',
} as const;

/** Update cycles as DCMI's Collection Description Frequency vocabulary names them. */
const FREQUENCY: Record<UpdateCycle, string> = {
  realtime: 'http://purl.org/cld/freq/continuous',
  daily: 'http://purl.org/cld/freq/daily',
  weekly: 'http://purl.org/cld/freq/weekly',
  monthly: 'http://purl.org/cld/freq/monthly',
  quarterly: 'http://purl.org/cld/freq/quarterly',
  yearly: 'http://purl.org/cld/freq/annual',
};

/** Data types of the items as XML Schema datatypes (what CSVW's csvw:datatype takes). */
const XSD: Record<DataType, string> = {
  string: 'xsd:string',
  number: 'xsd:decimal',
  date: 'xsd:date',
  enum: 'xsd:string',
  geo: 'xsd:string',
  binary: 'xsd:base64Binary',
};

/** Stable IRIs inside the catalog: the resource code is unique and never reused. */
const BASE = 'urn:tongchou:directory:';
const zh = (value: string) => ({ '@value': value, '@language': 'zh-CN' });
const dateTime = (iso: string) => ({ '@value': iso, '@type': 'xsd:dateTime' });

/**
 * A dcat:Catalog of the given (open, published) resources as JSON-LD: for each a dcat:Dataset
 * with dct:identifier (the resource code), title, description, publisher (the provider
 * department), dcat:theme (the classification as a skos:Concept), dct:accrualPeriodicity and a
 * dcat:Distribution with its format; the data items as the distribution's CSVW table schema.
 */
export function toDcat(entries: readonly DcatEntry[], now = new Date()): Record<string, unknown> {
  return {
    '@context': DCAT_CONTEXT,
    '@id': `${BASE}catalog`,
    '@type': 'dcat:Catalog',
    'dct:title': zh('政务数据资源目录（开放数据）'),
    'dct:description': zh('依负面清单规则可向社会开放的政务数据资源'),
    'dct:language': { '@id': 'http://id.loc.gov/vocabulary/iso639-1/zh' },
    'dct:modified': dateTime(now.toISOString()),
    'dcat:dataset': entries.map((e) => ({
      '@id': `${BASE}resource:${e.code}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': e.code,
      'dct:title': zh(e.name),
      'dct:description': zh(e.summary),
      'dct:publisher': {
        '@id': `${BASE}department:${e.providerCode}`,
        '@type': 'foaf:Organization',
        'foaf:name': zh(e.providerName),
        'dct:identifier': e.providerCode,
      },
      'dcat:theme': {
        '@id': `${BASE}classification:${e.classCode}`,
        '@type': 'skos:Concept',
        'skos:notation': e.classCode,
        ...(e.className ? { 'skos:prefLabel': zh(e.className) } : {}),
      },
      'dct:accrualPeriodicity': { '@id': FREQUENCY[e.updateCycle] },
      ...(e.publishedAt ? { 'dct:issued': dateTime(e.publishedAt) } : {}),
      'dct:modified': dateTime(e.updatedAt),
      ...(e.relatedCodes.length ? { 'dct:relation': e.relatedCodes.map((c) => ({ '@id': `${BASE}resource:${c}` })) } : {}),
      'dcat:distribution': [
        {
          '@id': `${BASE}resource:${e.code}#distribution`,
          '@type': 'dcat:Distribution',
          'dct:title': zh(`${e.name}（${dirZhCN.format[e.format]}）`),
          'dct:format': zh(dirZhCN.format[e.format]),
          ...(e.shareMethod ? { 'dct:description': zh(`共享方式：${dirZhCN.shareMethod[e.shareMethod]}`) } : {}),
          ...(e.items && e.items.length
            ? {
                'csvw:tableSchema': {
                  '@type': 'csvw:Schema',
                  'csvw:column': e.items.map((i) => ({
                    '@type': 'csvw:Column',
                    'csvw:titles': zh(i.name),
                    'csvw:datatype': { '@id': XSD[i.dataType] },
                    ...(i.length !== null ? { 'csvw:maxLength': i.length } : {}),
                    ...(i.description ? { 'dct:description': zh(i.description) } : {}),
                  })),
                },
              }
            : {}),
        },
      ],
    })),
  };
}
