/**
 * The home page: the province bureau's leaders land on 态势总览 (issue 11 §3, the leading group's
 * view of the province); everyone else — city and county leaders included, whose approvals wait in
 * their inbox — on the workbench, with 态势总览 in the menu. /workbench stays reachable for all.
 */
import { lazy } from 'react';
import { useMe } from '../../auth/session';
import { landsOnProvinceView } from '../../layout/nav';

const WorkbenchPage = lazy(() => import('../workbench/WorkbenchPage'));
const ProvinceViewPage = lazy(() => import('../province/ProvinceViewPage'));

export default function HomePage() {
  const { data: me } = useMe();
  if (me && landsOnProvinceView(me)) return <ProvinceViewPage home />;
  return <WorkbenchPage />;
}
