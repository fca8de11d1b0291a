/** A notice's or a reply's files: links to download, and an upload button where the unit may add one. */
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { noticesMessages } from './messages';
import type { NoticeDetail } from './notices-api';

const m = noticesMessages;

export function NoticeFiles({ notice, replyId, canUpload }: { notice: NoticeDetail; replyId: string | null; canUpload: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const files = notice.attachments.filter((a) => a.replyId === replyId);
  const upload = async (file: File) => {
    const form = new FormData();
    form.set('file', file, file.name);
    setBusy(true);
    try {
      await api.upload(`/api/notices/${notice.id}/attachments${replyId ? `?replyId=${replyId}` : ''}`, form);
      void message.success(m.uploaded);
      await queryClient.invalidateQueries({ queryKey: ['notices', 'detail', notice.id] });
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  if (files.length === 0 && !canUpload) return null;
  return (
    <Flex gap={12} wrap align="center" style={{ marginTop: 8 }}>
      {files.map((f) => (
        <a key={f.id} href={f.href} target="_blank" rel="noreferrer">
          {f.fileName}
        </a>
      ))}
      {canUpload && (
        <Upload showUploadList={false} accept=".jpg,.jpeg,.png,.pdf,.doc,.docx,.xls,.xlsx" beforeUpload={(file) => (void upload(file), false)}>
          <Button size="small" icon={<UploadOutlined />} loading={busy}>
            {replyId ? m.addReplyFile : m.addFile}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
