/**
 * 生成文书: exactly the documents the server offers this user, each downloaded as .docx. A document
 * not yet issued is issued by POST (which takes its number); an issued one is downloaded by GET.
 */
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { messages } from '../../../messages';
import { disposalDetailMessages } from '../messages';
import { useDisposalDocuments, type AvailableDocument } from '../disposals-api';

const m = disposalDetailMessages;

const label = (d: AvailableDocument) => {
  const name = d.addressee ? m.documentFor(d.name, d.addressee) : d.name;
  return d.documentNo ? `${name} · ${m.documentNo(d.documentNo)}` : name;
};

export function DocumentsMenu({ disposalId }: { disposalId: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { data } = useDisposalDocuments(disposalId);
  const [busy, setBusy] = useState(false);
  const docs = data?.items ?? [];
  if (docs.length === 0) return null;

  const generate = async (doc: AvailableDocument) => {
    setBusy(true);
    try {
      if (doc.issued) {
        await api.download(doc.href, undefined, `${doc.name}.docx`);
      } else {
        await api.download(`/api/disposals/${encodeURIComponent(disposalId)}/documents/${doc.kind}`, undefined, `${doc.name}.docx`, { body: { assistId: doc.assistId } });
        // Issuing takes a number and is on the record's history.
        void queryClient.invalidateQueries({ queryKey: ['disposals', 'detail', disposalId] });
      }
      message.success(m.downloaded(doc.name));
    } catch (e) {
      message.error(e instanceof Error ? e.message : messages.common.downloadFailed);
    } finally {
      setBusy(false);
    }
  };

  const items: MenuProps['items'] = docs.map((d, i) => ({ key: String(i), label: label(d) }));
  return (
    <Dropdown menu={{ items, onClick: ({ key }) => void generate(docs[Number(key)]) }} trigger={['click']}>
      <Button loading={busy}>{m.documents}</Button>
    </Dropdown>
  );
}
