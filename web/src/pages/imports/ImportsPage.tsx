/**
 * /imports (数据导入): pick a file and options, watch the job, read its summary; a preview can be
 * confirmed, which sends the same file again for real.
 */
import { App, Card, Flex, Form, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { JobProgress } from '../../components/JobProgress';
import { PageHeader } from '../../components/PageHeader';
import { messages } from '../../messages';
import { importsMessages } from './messages';
import { ImportForm } from './ImportForm';
import { ImportResult } from './ImportResult';
import { jobUrl, useRefreshAfterImport, useStartImport, type ImportJob, type ImportJobRow, type ImportOptionValues } from './imports-api';
import { RecentImports } from './RecentImports';

const m = importsMessages;

interface Current {
  id: string;
  fileName: string;
  /** What was sent, so a preview can be confirmed with the same file and options. */
  sent?: { file: File; options: ImportOptionValues };
}

export default function ImportsPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<ImportOptionValues>();
  const [file, setFile] = useState<File | null>(null);
  const [current, setCurrent] = useState<Current | null>(null);
  const [finished, setFinished] = useState<ImportJob | null>(null);
  const start = useStartImport();
  const refresh = useRefreshAfterImport();

  const send = async (sent: { file: File; options: ImportOptionValues }) => {
    try {
      const { id } = await start.mutateAsync(sent);
      setFinished(null);
      setCurrent({ id, fileName: sent.file.name, sent });
    } catch (e) {
      message.error(e instanceof Error ? e.message : messages.common.unknownError);
    }
  };

  const onFinished = useCallback(
    (job: ImportJob) => {
      setFinished(job);
      refresh(job);
    },
    [refresh],
  );

  const downloadErrors = () => {
    if (!current) return;
    api.download(`${jobUrl(current.id)}/errors.xlsx`, undefined, 'errors.xlsx').catch((e: Error) => void message.error(e.message));
  };

  const view = (job: ImportJobRow) => {
    if (job.id === current?.id) return; // already shown
    setFinished(null);
    setCurrent({ id: job.id, fileName: job.fileName });
  };

  const sent = current?.sent;
  return (
    <>
      <PageHeader title={m.title} />
      <Flex vertical gap={16}>
        <Card>
          <ImportForm form={form} file={file} onFile={setFile} starting={start.isPending} onStart={(options) => file && void send({ file, options })} />
        </Card>
        {current && (
          <Card title={m.job(current.fileName)}>
            <Flex vertical gap={16}>
              {/* Keyed by job: a new job starts a fresh poll and a fresh "finished" report. */}
              <JobProgress<ImportJob> key={current.id} url={jobUrl(current.id)} onFinished={onFinished} />
              {finished && (
                <ImportResult
                  job={finished}
                  onDownloadErrors={downloadErrors}
                  onConfirm={sent?.options.dryRun ? () => void send({ file: sent.file, options: { ...sent.options, dryRun: false } }) : undefined}
                  confirming={start.isPending}
                />
              )}
            </Flex>
          </Card>
        )}
        <Card title={<Typography.Text strong>{m.recent}</Typography.Text>}>
          <RecentImports onView={view} />
        </Card>
      </Flex>
    </>
  );
}
