/**
 * A form in a modal with the whole submit lifecycle (components/use-form-submit): title, the
 * problem above the form, 取消 and the submit button (loading while the request runs). The
 * children are the form's items. Rendered up front (`forceRender`) so the caller's form instance
 * is always connected (for `Form.useWatch` and filling the form on opening).
 *
 * Each opening gets fresh footer buttons: the submit button's loading icon leaves with an
 * animation that never ends once the modal is hidden, and the stale icon would otherwise stay in
 * the button (read out as "loading 保存") the next time the modal opens.
 */
import { Form, Modal, type FormProps } from 'antd';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { messages } from '../messages';
import { FormProblem } from './FormProblem';
import { useFormSubmit, type FormSubmitOptions } from './use-form-submit';

export interface FormModalProps<V, R> extends FormSubmitOptions<V, R> {
  title: ReactNode;
  okText?: string;
  danger?: boolean;
  width?: number;
  /** The antd Form's other props (its layout is vertical unless set here). */
  formProps?: Omit<FormProps<V>, 'form' | 'onFinish'>;
  children: ReactNode;
}

export function FormModal<V, R>({ title, okText, danger, width, formProps, children, ...lifecycle }: FormModalProps<V, R>) {
  const { open, form, onClose } = lifecycle;
  const { problem, pending, onFinish } = useFormSubmit(lifecycle);
  const [opening, setOpening] = useState(0);
  useEffect(() => {
    if (open) setOpening((n) => n + 1);
  }, [open]);
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={okText ?? messages.common.save}
      okButtonProps={{ danger }}
      cancelText={messages.common.cancel}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      footer={(buttons) => <Fragment key={opening}>{buttons}</Fragment>}
      forceRender
    >
      <FormProblem problem={problem} />
      <Form<V> layout="vertical" {...formProps} form={form} onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}
