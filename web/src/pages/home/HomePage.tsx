/**
 * The home page: a leader whose menu offers 态势总览 lands on it (issue 11 §3, the leading
 * group's view); everyone else on the workbench, which stays at /workbench for the leader too.
 */
import { lazy } from 'react';
import { useMe } from '../../auth/session';

const WorkbenchPage = lazy(() => import('../workbench/WorkbenchPage'));
const ProvinceViewPage = lazy(() => import('../province/ProvinceViewPage'));

export default function HomePage() {
  const { data: me } = useMe();
  if (me?.roles.includes('leader') && me.menu.includes('province')) return <ProvinceViewPage home />;
  return <WorkbenchPage />;
}
