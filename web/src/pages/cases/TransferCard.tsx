/** 移送司法机关: the transfer and its receipt, or 未移送; 移送 / 登记回执 as the server allows. */
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { casesMessages } from './messages';
import type { CaseDetail } from './cases-api';
import { ReceiptModal } from './ReceiptModal';
import { TransferModal } from './TransferModal';

const m = casesMessages;

export function TransferCard({ c }: { c: CaseDetail }) {
  const [transferring, setTransferring] = useState(false);
  const [receiving, setReceiving] = useState(false);
  const t = c.judicialTransfer;
  return (
    <Card
      title={m.transfer}
      extra={
        <Flex gap={8}>
          {c.actions.includes('transfer') && (
            <Button danger onClick={() => setTransferring(true)}>
              {m.transfer}
            </Button>
          )}
          {c.actions.includes('recordReceipt') && (
            <Button type="primary" onClick={() => setReceiving(true)}>
              {m.receipt}
            </Button>
          )}
        </Flex>
      }
    >
      {t ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'status', label: m.transfer, children: t.receiptOn ? <Tag color="green">{m.receiptDone}</Tag> : <Tag color="orange">{m.awaitingReceipt}</Tag> },
            { key: 'on', label: m.transferredOn, children: t.transferredOn },
            { key: 'organ', label: m.organ, children: t.organ },
            { key: 'no', label: m.transferDocumentNo, children: t.documentNo },
            { key: 'reason', label: m.reason, children: <span style={{ whiteSpace: 'pre-wrap' }}>{t.reason}</span> },
            ...(t.receiptOn ? [{ key: 'receiptOn', label: m.receiptOn, children: t.receiptOn }, { key: 'receiptNo', label: m.receiptNo, children: t.receiptNo }] : []),
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{m.notTransferred}</Typography.Text>
      )}
      {c.actions.includes('transfer') && <TransferModal c={c} open={transferring} onClose={() => setTransferring(false)} />}
      {c.actions.includes('recordReceipt') && <ReceiptModal c={c} open={receiving} onClose={() => setReceiving(false)} />}
    </Card>
  );
}
