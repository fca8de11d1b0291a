// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Form, Input } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { renderPage } from '../test-utils';
import { FormModal } from './FormModal';

interface Values {
  name?: string;
}

function NameModal({ submit, onClose, onDone }: { submit: (v: Values) => Promise<{ id: string }>; onClose: () => void; onDone?: (r: { id: string }) => void }) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values, { id: string }>
      open
      title="新建单位"
      form={form}
      fields={['name']}
      conflict="已被他人修改"
      submit={submit}
      success="已新建"
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item name="name" label="名称">
        <Input />
      </Form.Item>
    </FormModal>
  );
}

async function fillAndSubmit(text: string) {
  fireEvent.change(await screen.findByLabelText('名称'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: '保存' }));
}

describe('FormModal submit lifecycle', () => {
  it('puts a 400 reply’s field messages on their fields and stays open', async () => {
    const onClose = vi.fn();
    const submit = vi.fn().mockRejectedValue(new ApiError(400, 'VALIDATION_FAILED', '请求参数有误', { name: '名称已被占用' }));
    renderPage(<NameModal submit={submit} onClose={onClose} />);
    await fillAndSubmit('武侯区局');
    expect(await screen.findByText('名称已被占用')).toBeTruthy();
    expect(submit).toHaveBeenCalledWith({ name: '武侯区局' });
    expect(screen.queryByRole('alert')?.textContent ?? '').not.toContain('请求参数有误');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('says a 409 version conflict above the form', async () => {
    const onClose = vi.fn();
    const submit = vi.fn().mockRejectedValue(new ApiError(409, 'VERSION_CONFLICT', 'version'));
    renderPage(<NameModal submit={submit} onClose={onClose} />);
    await fillAndSubmit('武侯区局');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('已被他人修改'));
    expect(onClose).not.toHaveBeenCalled();
  });

  it('says any other refusal’s message above the form', async () => {
    const submit = vi.fn().mockRejectedValue(new ApiError(409, 'INVALID_STATE', '该记录已结案，不能修改'));
    renderPage(<NameModal submit={submit} onClose={() => undefined} />);
    await fillAndSubmit('武侯区局');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('该记录已结案，不能修改'));
  });

  it('on success confirms, closes and hands the result on', async () => {
    const onClose = vi.fn();
    const onDone = vi.fn();
    renderPage(<NameModal submit={async () => ({ id: 'u1' })} onClose={onClose} onDone={onDone} />);
    await fillAndSubmit('武侯区局');
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(onDone).toHaveBeenCalledWith({ id: 'u1' }, { name: '武侯区局' });
    expect(await screen.findByText('已新建')).toBeTruthy();
  });
});
