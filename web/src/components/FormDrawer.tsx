/**
 * A longer form in a drawer with the same submit lifecycle as FormModal
 * (components/use-form-submit): the problem above the form, 取消 and the submit button below.
 */
import { Button, Drawer, Flex, Form, Space, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import { messages } from '../messages';
import { FormProblem } from './FormProblem';
import { useFormSubmit, type FormSubmitOptions } from './use-form-submit';

export interface FormDrawerProps<V, R> extends FormSubmitOptions<V, R> {
  title: ReactNode;
  okText?: string;
  danger?: boolean;
  size?: number;
  /** The antd Form's other props (its layout is vertical unless set here). */
  formProps?: Omit<FormProps<V>, 'form' | 'onFinish'>;
  children: ReactNode;
}

export function FormDrawer<V, R>({ title, okText, danger, size, formProps, children, ...lifecycle }: FormDrawerProps<V, R>) {
  const { open, form, onClose } = lifecycle;
  // A drawer's fields may be out of view: say that some need fixing when all messages are on them.
  const { problem, pending, onFinish } = useFormSubmit({ fieldsOnlyNotice: messages.common.fixErrors, ...lifecycle });
  return (
    <Drawer
      open={open}
      title={title}
      size={size}
      onClose={onClose}
      forceRender
      footer={
        <Flex justify="flex-end">
          <Space>
            <Button onClick={onClose}>{messages.common.cancel}</Button>
            <Button type="primary" danger={danger} loading={pending} onClick={() => form.submit()}>
              {okText ?? messages.common.save}
            </Button>
          </Space>
        </Flex>
      }
    >
      <FormProblem problem={problem} />
      <Form<V> layout="vertical" {...formProps} form={form} onFinish={onFinish}>
        {children}
      </Form>
    </Drawer>
  );
}
