/**
 * The lifecycle every form in a modal or drawer shares: a fresh form each time it opens; on
 * submit the request, then on success a confirmation, closing and whatever comes next (the lists
 * are refreshed by the mutation's own invalidation); on failure the server's field messages
 * (`error.details`, HTTP 400) on their fields and what is left — a version conflict (409), a
 * refusal, a lost connection — above the form (lib/form-errors `formProblem`).
 */
import { App, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import { fieldErrorsFor, formProblem } from '../lib/form-errors';
import { messages } from '../messages';

export interface FormSubmitOptions<V, R> {
  form: FormInstance<V>;
  open: boolean;
  /** The form's fields as the server names them (`items.*.resultText` for list rows). */
  fields: readonly string[];
  /** Said above the form when someone saved the record first; defaults to the common wording. */
  conflict?: string;
  /** Sends the values; rejects with the server's error. */
  submit: (values: V) => Promise<R>;
  /** Said once it succeeded. */
  success?: string | ((result: R, values: V) => string);
  onClose: () => void;
  /** After closing, e.g. to open the record just created. */
  onDone?: (result: R, values: V) => void;
  /** Set to false when the caller fills the form itself on opening and must keep what it set. */
  resetOnOpen?: boolean;
  /**
   * For a form about a list row the caller keeps: on a 409 (saved or decided by someone else
   * meanwhile) say the server's message and close, so that it is opened again from the refreshed
   * row (a second submit would be refused again).
   */
  closeOnConflict?: boolean;
  /** Said (as a toast) when every message landed on a field, for long forms whose fields may be out of view. */
  fieldsOnlyNotice?: string;
}

export function useFormSubmit<V, R>(o: FormSubmitOptions<V, R>) {
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { form, open, resetOnOpen = true } = o;

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    if (resetOnOpen) form.resetFields();
  }, [open, form, resetOnOpen]);

  const onFinish = async (values: V) => {
    setProblem(null);
    setPending(true);
    let result: R;
    try {
      result = await o.submit(values);
    } catch (error) {
      if (o.closeOnConflict && error instanceof ApiError && error.status === 409) {
        message.error(error.message);
        o.onClose();
        return;
      }
      const said = formProblem(form, error, o.fields, o.conflict ?? messages.common.conflict);
      const first = fieldErrorsFor(error, o.fields)[0];
      if (first) form.scrollToField(first.name);
      setProblem(said === '' ? messages.common.unknownError : said);
      if (said === null && o.fieldsOnlyNotice) message.error(o.fieldsOnlyNotice);
      return;
    } finally {
      setPending(false);
    }
    if (o.success) message.success(typeof o.success === 'string' ? o.success : o.success(result, values));
    o.onClose();
    o.onDone?.(result, values);
  };

  return { problem, pending, onFinish };
}
