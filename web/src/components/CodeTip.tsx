/**
 * A name with the code behind it (a rule, an audit action, a permission) in a tooltip, for
 * administrators and auditors only: officials read names, never codes.
 */
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useShowsCodes } from '../auth/session';

export function CodeTip({ code, children }: { code: string | null | undefined; children: ReactNode }) {
  const shows = useShowsCodes();
  if (!shows || !code) return <>{children}</>;
  return (
    <Tooltip title={code}>
      <span data-code={code}>{children}</span>
    </Tooltip>
  );
}
