/** A meeting's files (纪要和附件): download links for every reader, an upload button when the detail offers `attach`. */
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { riskMeetingsMessages } from './messages';
import type { MeetingDetail } from './risk-meetings-api';

const m = riskMeetingsMessages;
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export function MeetingFiles({ meeting }: { meeting: MeetingDetail }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const canUpload = meeting.actions.includes('attach');
  const upload = async (file: File) => {
    const form = new FormData();
    form.set('file', file, file.name);
    setBusy(true);
    try {
      await api.upload(`/api/risk-meetings/${meeting.id}/attachments`, form);
      void message.success(m.uploaded);
      await queryClient.invalidateQueries({ queryKey: ['risk-meetings', 'detail', meeting.id] });
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      title={m.files}
      extra={
        canUpload && (
          <Upload showUploadList={false} accept=".jpg,.jpeg,.png,.pdf,.doc,.docx,.xls,.xlsx" beforeUpload={(file) => (void upload(file), false)}>
            <Button icon={<UploadOutlined />} loading={busy}>
              {m.addFile}
            </Button>
          </Upload>
        )
      }
    >
      {canUpload && <Typography.Paragraph type="secondary">{m.filesHint}</Typography.Paragraph>}
      <List
        size="small"
        dataSource={meeting.attachments}
        locale={{ emptyText: m.noFiles }}
        renderItem={(f) => (
          <List.Item extra={<Typography.Text type="secondary">{`${size(f.bytes)} · ${f.createdAt.slice(0, 10)}`}</Typography.Text>}>
            <a href={f.href} target="_blank" rel="noreferrer">
              {f.fileName}
            </a>
          </List.Item>
        )}
      />
    </Card>
  );
}
