import { describe, expect, it } from 'vitest';
import { readCsvRows } from './csv.js';

async function rows(bytes: Uint8Array, chunkSize = bytes.length) {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const out: { row: number; cells: string[] }[] = [];
  for await (const r of readCsvRows(chunks())) out.push({ row: r.row, cells: r.cells });
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** 芹菜 and 毒死蜱 in GBK, written out because Node has no GB18030 encoder. */
const GBK_QINCAI = [0xc7, 0xdb, 0xb2, 0xcb];
const GBK_DUSIPI = [0xb6, 0xbe, 0xcb, 0xc0, 0xf2, 0xe7];

describe('readCsvRows', () => {
  const text = '样品名称,备注\r\n"芹菜, 西芹","第一行\r\n第二行"\r\n"四川某某""老字号""食品",\r\n\r\n末行,无换行';
  const expected = [
    { row: 1, cells: ['样品名称', '备注'] },
    { row: 2, cells: ['芹菜, 西芹', '第一行\r\n第二行'] },
    { row: 3, cells: ['四川某某"老字号"食品', ''] },
    { row: 4, cells: [''] },
    { row: 5, cells: ['末行', '无换行'] },
  ];

  it('reads quoted commas, line breaks and doubled quotes; numbers records as Excel shows them', async () => {
    expect(await rows(utf8(text))).toEqual(expected);
  });

  it('gives the same records whatever the chunk boundaries', async () => {
    for (const size of [1, 2, 3, 5, 7]) expect(await rows(utf8(text), size)).toEqual(expected);
  });

  it('drops a UTF-8 byte-order mark', async () => {
    expect(await rows(utf8('\ufeff食品名称,商标\n芹菜,/\n'))).toEqual([
      { row: 1, cells: ['食品名称', '商标'] },
      { row: 2, cells: ['芹菜', '/'] },
    ]);
  });

  it('falls back to GB18030 when the first chunk is not UTF-8', async () => {
    const bytes = new Uint8Array([...GBK_QINCAI, 0x2c, ...GBK_DUSIPI, 0x0d, 0x0a]);
    expect(await rows(bytes)).toEqual([{ row: 1, cells: ['芹菜', '毒死蜱'] }]);
    expect(await rows(bytes, 3)).toEqual([{ row: 1, cells: ['芹菜', '毒死蜱'] }]);
  });

  it('reads tab-separated exports saved as .csv', async () => {
    expect(await rows(utf8('食品名称\t规格型号\n芹菜\t500g,袋\n'))).toEqual([
      { row: 1, cells: ['食品名称', '规格型号'] },
      { row: 2, cells: ['芹菜', '500g,袋'] },
    ]);
  });

  it('ends bare-CR lines too', async () => {
    expect(await rows(utf8('a,b\rc,d\r'))).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['c', 'd'] },
    ]);
  });

  it('yields nothing for an empty stream', async () => {
    expect(await rows(new Uint8Array())).toEqual([]);
  });
});
