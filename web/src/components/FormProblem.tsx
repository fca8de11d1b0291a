/** What went wrong that no field shows, above a form (see components/use-form-submit). */
import { Alert } from 'antd';

export function FormProblem({ problem }: { problem: string | null }) {
  return problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} role="alert" /> : null;
}
