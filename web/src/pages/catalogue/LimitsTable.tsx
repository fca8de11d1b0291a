/**
 * The limits of one test item (≤ / ≥ / 不得检出 says the type). To those who maintain the catalogue
 * (they are given `onEdit`), values not verified in the primary text are tagged 待核实; officials
 * see the limit in force, and the note without the mark.
 */
import { Button, Table, Tag, Tooltip, type TableProps } from 'antd';
import { messages } from '../../messages';
import { catalogueMessages } from './messages';
import type { ItemLimit } from './catalogue-api';
import { formatLimit, noteWithVerification } from './limits';

const m = catalogueMessages;

export function LimitsTable({ limits, onEdit }: { limits: ItemLimit[]; onEdit?: (limit: ItemLimit) => void }) {
  const columns: TableProps<ItemLimit>['columns'] = [
    { title: m.colLimitCategory, dataIndex: 'categoryName', width: 120, render: (n: string | null) => n ?? m.allCategories },
    { title: m.colFoodKeyword, dataIndex: 'foodKeyword', width: 100, render: (k: string | null) => k ?? messages.common.none },
    { title: m.colStandard, dataIndex: 'standard', width: 140, ellipsis: true },
    {
      title: m.colLimitValue,
      key: 'value',
      width: 190,
      render: (_, l) => (
        <>
          {formatLimit(l, messages.enums.limitType.not_detected)}
          {onEdit && l.unverified && (
            <Tooltip title={m.unverifiedTip}>
              <Tag color="orange" style={{ marginLeft: 8 }}>
                {m.unverified}
              </Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    { title: m.colNote, dataIndex: 'note', width: 160, ellipsis: true, render: (n: string | null) => (onEdit ? (n ?? '') : (noteWithVerification(n, false) ?? '')) },
  ];
  if (onEdit) {
    columns.push({
      title: messages.common.actions,
      key: 'actions',
      width: 60,
      render: (_, l) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onEdit(l)}>
          {messages.common.edit}
        </Button>
      ),
    });
  }
  // Scrolls within its expanded row rather than widening the items table.
  return <Table<ItemLimit> rowKey="id" size="small" columns={columns} dataSource={limits} pagination={false} scroll={{ x: 720 }} />;
}
