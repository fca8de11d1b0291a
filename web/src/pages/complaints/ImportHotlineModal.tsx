/** 导入12345转办件: pick the hotline's export, send it, follow the job (JobProgress) and show what it did, row by row. */
import { Alert, App, Button, Flex, List, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { JobProgress } from '../../components/JobProgress';
import { useComplaintMutations, type ComplaintImportJob } from './complaints-api';
import { complaintsMessages } from './messages';

const m = complaintsMessages;

export function ImportHotlineModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const { importFile } = useComplaintMutations();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<ComplaintImportJob | null>(null);

  const close = () => {
    setFile(null);
    setJobId(null);
    setJob(null);
    onClose();
  };
  const start = () =>
    file &&
    importFile.mutateAsync(file).then(
      (j) => setJobId(j.id),
      (e: Error) => void message.error(e.message),
    );
  const s = job?.summary;

  return (
    <Modal open={open} title={m.importTitle} onCancel={close} footer={null} width={640} destroyOnHidden>
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary">{m.importHint}</Typography.Paragraph>
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          fileList={file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done' }] : []}
          beforeUpload={(picked) => {
            if (!/\.(xlsx|csv)$/i.test(picked.name)) message.error(m.importOnly);
            else setFile(picked);
            return false;
          }}
          onRemove={() => setFile(null)}
        >
          <Button>{m.importPick}</Button>
        </Upload>
        <Button type="primary" disabled={!file || Boolean(jobId)} loading={importFile.isPending} onClick={() => void start()}>
          {m.importStart}
        </Button>
        {jobId && <JobProgress<ComplaintImportJob> url={`/api/complaints/imports/${jobId}`} onFinished={setJob} />}
        {job?.status === 'failed' && <Alert type="error" showIcon title={job.error ?? ''} />}
        {s && (
          <>
            <Alert type={s.rejected ? 'warning' : 'success'} showIcon title={m.importSummary(s.imported, s.merged, s.rejected)} />
            {(s.errors.length > 0 || s.mergedRows.length > 0) && (
              <List
                size="small"
                bordered
                style={{ maxHeight: 240, overflow: 'auto' }}
                dataSource={[...s.errors.map((e) => m.importErrorRow(e.row, e.message)), ...s.mergedRows.map((r) => m.importMergedRow(r.row, r.trackingNo))]}
                renderItem={(line) => <List.Item>{line}</List.Item>}
              />
            )}
          </>
        )}
      </Flex>
    </Modal>
  );
}
