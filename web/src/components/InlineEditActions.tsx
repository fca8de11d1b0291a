/**
 * The 操作 cell of a table edited in place: 编辑 on a row at rest, 保存 / 取消 on the row being
 * edited. Tables keep the editing state; this only draws it.
 */
import { Button, Flex, Typography } from 'antd';
import { messages } from '../messages';

interface Props {
  /** This row is the one being edited. */
  editing: boolean;
  /** A save is on its way. */
  saving: boolean;
  /** 编辑 is unavailable (another row is being edited or saved). */
  disabled: boolean;
  onEdit: () => void;
  onSave: () => void;
  onCancel: () => void;
}

export function InlineEditActions({ editing, saving, disabled, onEdit, onSave, onCancel }: Props) {
  if (!editing) {
    return (
      <Button type="link" size="small" style={{ padding: 0 }} disabled={disabled} onClick={onEdit}>
        {messages.common.edit}
      </Button>
    );
  }
  return (
    <Flex gap={8}>
      <Typography.Link onClick={onSave} disabled={saving}>
        {messages.common.save}
      </Typography.Link>
      <Typography.Link type="secondary" onClick={onCancel}>
        {messages.common.cancel}
      </Typography.Link>
    </Flex>
  );
}
