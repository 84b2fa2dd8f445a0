/**
 * The text of a CSV file. Excel in China saves "CSV" in the system code page (GBK / GB18030)
 * unless told "CSV UTF-8"; LibreOffice and scripts write UTF-8, often with a BOM. A file that is
 * valid UTF-8 is UTF-8 (GBK text of any length is almost never valid UTF-8); anything else is
 * read as GB18030, a superset of GBK and GB2312 that decodes every byte sequence.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  // Excel's "Unicode text" is UTF-16 with a BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
