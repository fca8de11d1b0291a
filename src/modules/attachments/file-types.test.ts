import { describe, expect, it } from 'vitest';
import { checkHead, cleanFileName, extensionOf, markerScanner } from './file-types.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

describe('evidence file types', () => {
  it('takes the extension from the name, case-insensitively, and only the allowed ones', () => {
    expect(extensionOf('现场照片.JPG')).toBe('jpg');
    expect(extensionOf('报告.final.pdf')).toBe('pdf');
    expect(extensionOf('setup.exe')).toBeNull();
    expect(extensionOf('没有扩展名')).toBeNull();
  });

  it('keeps only the file name a browser sent, without folders or control characters', () => {
    expect(cleanFileName('C:\\Users\\王\\照片.png')).toBe('照片.png');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a"b\u0000.pdf')).toBe('ab.pdf');
  });

  it.each([
    ['png', PNG, null],
    ['jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), null],
    ['pdf', Buffer.from('%PDF-1.7\n'), null],
    ['pdf', Buffer.from('MZ\x90\x00'), '文件内容不是PDF 文件，与扩展名 .pdf 不符'],
    ['png', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), '文件内容不是PNG 图片，与扩展名 .png 不符'],
    ['doc', OLE, null],
    ['docx', ZIP, null],
    ['docx', OLE, '文件内容不是Office 文件，与扩展名 .docx 不符'],
  ] as const)('judges a .%s by its first bytes', (ext, head, reason) => {
    expect(checkHead(ext, head)).toBe(reason);
  });

  it('finds a container part name split across chunks', () => {
    const scanner = markerScanner(Buffer.from('word/document'));
    scanner.push(Buffer.from('PK\u0003\u0004....wor'));
    expect(scanner.found).toBe(false);
    scanner.push(Buffer.from('d/document.xml'));
    expect(scanner.found).toBe(true);
  });
});
