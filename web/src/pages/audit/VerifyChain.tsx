/** 校验日志链: asks the server to re-hash the audit chain and shows where, if anywhere, it breaks. */
import { useMutation } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { api } from '../../api/client';
import type { AuditVerifyReply } from '../../api/types';
import { auditMessages } from './messages';

const m = auditMessages;

export function VerifyChainButton({ onResult }: { onResult: (r: AuditVerifyReply | Error) => void }) {
  const verify = useMutation({
    mutationFn: () => api.post<AuditVerifyReply>('/api/audit/verify'),
    onSuccess: onResult,
    onError: onResult,
  });
  return (
    <Button type="primary" loading={verify.isPending} onClick={() => verify.mutate()}>
      {m.verify}
    </Button>
  );
}

export function VerifyChainResult({ result, onClose }: { result: AuditVerifyReply | Error; onClose: () => void }) {
  const common = { showIcon: true, closable: { onClose }, style: { marginBottom: 16 } } as const;
  if (result instanceof Error) return <Alert {...common} type="error" title={m.verify} description={result.message} />;
  if (result.ok) return <Alert {...common} type="success" title={m.verifyOk} description={m.verifyOkDetail(result.checked)} />;
  const brk = result.firstBreak;
  return (
    <Alert
      {...common}
      type="error"
      title={m.verifyBroken}
      description={brk ? m.verifyBrokenDetail(result.checked, brk.seq, brk.reason) : undefined}
    />
  );
}
