/**
 * The frame of every form in a modal: title, the problem above the form, 取消 and the submit
 * button (loading while the request runs). Rendered up front (`forceRender`) so the page's form
 * instance is always connected.
 *
 * Each opening gets fresh footer buttons: the submit button's loading icon leaves with an
 * animation that never ends once the modal is hidden, and the stale icon would otherwise stay in
 * the button (read out as "loading 保存") the next time the modal opens.
 */
import { Alert, Modal } from 'antd';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { messages } from '../messages';

interface Props {
  open: boolean;
  title: ReactNode;
  okText?: string;
  danger?: boolean;
  width?: number;
  pending: boolean;
  /** What went wrong that no field shows (see lib/form-errors `formProblem`). */
  problem?: string | null;
  onOk: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function FormModal({ open, title, okText, danger, width, pending, problem, onOk, onCancel, children }: Props) {
  const [opening, setOpening] = useState(0);
  useEffect(() => {
    if (open) setOpening((n) => n + 1);
  }, [open]);
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={okText ?? messages.common.save}
      okButtonProps={{ danger }}
      cancelText={messages.common.cancel}
      confirmLoading={pending}
      onOk={onOk}
      onCancel={onCancel}
      footer={(buttons) => <Fragment key={opening}>{buttons}</Fragment>}
      forceRender
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} role="alert" />}
      {children}
    </Modal>
  );
}
