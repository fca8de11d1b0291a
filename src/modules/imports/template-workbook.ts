import ExcelJS from 'exceljs';
import { TEMPLATE_COLUMNS } from './parse/template.js';

/** The downloadable import template: our headers, a note on each, and one worked example sample. */
export async function templateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('抽检数据');
  sheet.columns = TEMPLATE_COLUMNS.map((c) => ({ header: c.header, key: c.field, width: Math.max(12, c.header.length * 2 + 2) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  TEMPLATE_COLUMNS.forEach((c, i) => {
    if (c.hint) header.getCell(i + 1).note = c.hint;
  });
  const example = {
    sampleNo: 'DBJ25510000000000001',
    samplingDate: '2025-04-12',
    samplingType: '监督抽检',
    taskSource: '四川省市场监督管理局',
    link: '流通',
    sampledPartyName: '成都市武侯区示例生鲜超市',
    sampledPartyAddress: '四川省成都市武侯区示例路1号',
    regionCode: '510107',
    foodName: '芹菜',
    category: '芹菜',
    lab: '四川省食品检验研究院',
    samplers: '张三、李四',
    accompanyingOfficer: '王五',
    importedColdChain: '否',
  };
  sheet.addRow({ ...example, itemName: '毒死蜱', resultText: '0.12', unit: 'mg/kg', limitText: '≤0.05', standard: 'GB 2763-2021', judgement: '不合格' });
  sheet.addRow({ sampleNo: example.sampleNo, itemName: '铅(以Pb计)', resultText: '未检出', unit: 'mg/kg', limitText: '≤0.1', standard: 'GB 2762-2022', judgement: '合格' });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
