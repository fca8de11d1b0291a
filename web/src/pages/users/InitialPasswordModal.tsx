/** Shows a server-generated initial password once, with a copy button. */
import { App, Alert, Button, Flex, Modal, Typography } from 'antd';
import { copyText } from '../../lib/clipboard';
import { messages } from '../../messages';
import { usersMessages } from './messages';

const m = usersMessages;

export interface IssuedPassword {
  username: string;
  password: string;
}

export function InitialPasswordModal({ issued, onClose }: { issued: IssuedPassword | null; onClose: () => void }) {
  const { message } = App.useApp();
  const copy = async () => {
    if (!issued) return;
    if (await copyText(issued.password)) message.success(messages.common.copied);
    else message.warning(messages.common.copyFailed);
  };
  return (
    <Modal
      open={issued !== null}
      title={m.initialPasswordTitle}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={<Button type="primary" onClick={onClose}>{messages.common.close}</Button>}
      destroyOnHidden
    >
      {issued && (
        <Flex vertical gap={16}>
          <Alert type="warning" showIcon title={m.initialPasswordNote} />
          <div>
            <Typography.Text>{m.initialPasswordFor(issued.username)}</Typography.Text>
            <Flex gap={8} align="center" style={{ marginTop: 8 }}>
              <Typography.Text code style={{ fontSize: 18, userSelect: 'all' }} data-testid="initial-password">
                {issued.password}
              </Typography.Text>
              <Button onClick={() => void copy()}>{messages.common.copy}</Button>
            </Flex>
          </div>
        </Flex>
      )}
    </Modal>
  );
}
