/** A step's evidence files: the list with download links, and 上传证据 while the disposal takes evidence. */
import { App, Button, Flex, Tooltip, Typography, Upload } from 'antd';
import { api } from '../../../api/client';
import { formatDateTime } from '../../../lib/time';
import { disposalDetailMessages } from '../messages';
import type { Attachment, StepKind } from '../disposals-api';
import { useDisposalMutations } from '../disposals-api';
import { ATTACHMENT_ACCEPT, attachmentRefusal, formatBytes } from './attachments';

const m = disposalDetailMessages;

export function AttachmentList({ files }: { files: Attachment[] }) {
  const { message } = App.useApp();
  if (files.length === 0) return null;
  const download = (a: Attachment) => api.download(`/api/attachments/${a.id}`, undefined, a.fileName).catch((e: Error) => void message.error(e.message));
  return (
    <Flex vertical gap={2}>
      {files.map((a) => (
        <Typography.Text key={a.id} style={{ fontSize: 13 }}>
          <Typography.Link onClick={() => void download(a)}>{a.fileName}</Typography.Link>
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
            {formatBytes(a.bytes)} · {formatDateTime(a.createdAt)}
          </Typography.Text>
        </Typography.Text>
      ))}
    </Flex>
  );
}

export function UploadEvidence({ disposalId, stepKind }: { disposalId: string; stepKind: StepKind }) {
  const { message } = App.useApp();
  const { attach } = useDisposalMutations(disposalId);
  return (
    <span data-testid={`upload-${stepKind}`}>
    <Upload
      accept={ATTACHMENT_ACCEPT}
      showUploadList={false}
      beforeUpload={(file) => {
        const refusal = attachmentRefusal(file);
        if (refusal) {
          message.error(refusal === 'type' ? m.badType : m.tooLarge);
          return Upload.LIST_IGNORE;
        }
        attach.mutateAsync({ file, stepKind }).then(
          () => void message.success(m.uploaded(file.name)),
          (e: Error) => void message.error(e.message),
        );
        return false; // sent by us, with the CSRF header
      }}
    >
      <Tooltip title={m.uploadTypes}>
        <Button size="small" loading={attach.isPending}>
          {m.upload}
        </Button>
      </Tooltip>
    </Upload>
    </span>
  );
}
