/** Routes. Every page is its own lazily loaded chunk; the layout checks the session. */
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { FullPageSpin } from './components/FullPageSpin';
import { RequireMenu } from './layout/RequireMenu';
import type { MenuKey } from './layout/nav';

const AppLayout = lazy(() => import('./layout/AppLayout'));
const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const ChangePasswordPage = lazy(() => import('./pages/change-password/ChangePasswordPage'));
const WorkbenchPage = lazy(() => import('./pages/workbench/WorkbenchPage'));
const HomePage = lazy(() => import('./pages/home/HomePage'));
const ProvinceViewPage = lazy(() => import('./pages/province/ProvinceViewPage'));
const BriefingPage = lazy(() => import('./pages/briefing/BriefingPage'));
const AnalyticsPage = lazy(() => import('./pages/analytics/AnalyticsPage'));
const SamplesPage = lazy(() => import('./pages/samples/SamplesPage'));
const SampleDetailPage = lazy(() => import('./pages/samples/detail/SampleDetailPage'));
const ImportsPage = lazy(() => import('./pages/imports/ImportsPage'));
const DisposalsPage = lazy(() => import('./pages/disposals/DisposalsPage'));
const DisposalDetailPage = lazy(() => import('./pages/disposals/detail/DisposalDetailPage'));
const UrgentBoardPage = lazy(() => import('./pages/urgent/UrgentBoardPage'));
const UrgentDetailPage = lazy(() => import('./pages/urgent/UrgentDetailPage'));
const NoticesPage = lazy(() => import('./pages/notices/NoticesPage'));
const NoticeDetailPage = lazy(() => import('./pages/notices/NoticeDetailPage'));
const PublicationsPage = lazy(() => import('./pages/publications/PublicationsPage'));
const PublicationDetailPage = lazy(() => import('./pages/publications/PublicationDetailPage'));
const ExplainersPage = lazy(() => import('./pages/publications/ExplainersPage'));
const OpinionEventsPage = lazy(() => import('./pages/opinion/OpinionEventsPage'));
const OpinionEventDetailPage = lazy(() => import('./pages/opinion/OpinionEventDetailPage'));
const OpinionWatchPage = lazy(() => import('./pages/opinion/OpinionWatchPage'));
const LedgerPage = lazy(() => import('./pages/ledger/LedgerPage'));
const ReconciliationsPage = lazy(() => import('./pages/reconciliations/ReconciliationsPage'));
const ReconciliationDetailPage = lazy(() => import('./pages/reconciliations/ReconciliationDetailPage'));
const EscalationBoardPage = lazy(() => import('./pages/escalations/EscalationBoardPage'));
const EscalationDetailPage = lazy(() => import('./pages/escalations/EscalationDetailPage'));
const CasesPage = lazy(() => import('./pages/cases/CasesPage'));
const CaseDetailPage = lazy(() => import('./pages/cases/CaseDetailPage'));
const ComplaintsPage = lazy(() => import('./pages/complaints/ComplaintsPage'));
const ComplaintDetailPage = lazy(() => import('./pages/complaints/ComplaintDetailPage'));
const IntakeKeysPage = lazy(() => import('./pages/intake-keys/IntakeKeysPage'));
const RiskMeetingsPage = lazy(() => import('./pages/risk-meetings/RiskMeetingsPage'));
const SignalsPage = lazy(() => import('./pages/signals/SignalsPage'));
const SignalDetailPage = lazy(() => import('./pages/signals/SignalDetailPage'));
const RiskMeetingDetailPage = lazy(() => import('./pages/risk-meetings/RiskMeetingDetailPage'));
const AssessmentPage = lazy(() => import('./pages/assessment/AssessmentPage'));
const UnitScorePage = lazy(() => import('./pages/assessment/UnitScorePage'));
const CheckDetailPage = lazy(() => import('./pages/assessment/CheckDetailPage'));
const DeadlinesPage = lazy(() => import('./pages/deadlines/DeadlinesPage'));
const PlansPage = lazy(() => import('./pages/plans/PlansPage'));
const PlanDetailPage = lazy(() => import('./pages/plans/detail/PlanDetailPage'));
const EnterprisesPage = lazy(() => import('./pages/enterprises/EnterprisesPage'));
const EnterpriseDetailPage = lazy(() => import('./pages/enterprises/EnterpriseDetailPage'));
const CreditPage = lazy(() => import('./pages/credit/CreditPage'));
const CataloguePage = lazy(() => import('./pages/catalogue/CataloguePage'));
const OrgPage = lazy(() => import('./pages/org/OrgPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const RolesPage = lazy(() => import('./pages/roles/RolesPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

const standalone = (page: ReactNode) => <Suspense fallback={<FullPageSpin />}>{page}</Suspense>;
const guarded = (menuKey: MenuKey, page: ReactNode) => <RequireMenu menuKey={menuKey}>{page}</RequireMenu>;

export const router = createBrowserRouter([
  { path: '/login', element: standalone(<LoginPage />) },
  { path: '/change-password', element: standalone(<ChangePasswordPage />) },
  {
    element: standalone(<AppLayout />),
    children: [
      { index: true, element: guarded('workbench', <HomePage />) },
      { path: 'workbench', element: guarded('workbench', <WorkbenchPage />) },
      { path: 'province', element: guarded('province', <ProvinceViewPage />) },
      { path: 'briefing', element: guarded('briefing', <BriefingPage />) },
      { path: 'analytics', element: guarded('analytics', <AnalyticsPage />) },
      { path: 'samples', element: guarded('samples', <SamplesPage />) },
      { path: 'samples/:id', element: guarded('samples', <SampleDetailPage />) },
      { path: 'imports', element: guarded('imports', <ImportsPage />) },
      { path: 'disposals', element: guarded('disposals', <DisposalsPage />) },
      { path: 'disposals/:id', element: guarded('disposals', <DisposalDetailPage />) },
      { path: 'urgent', element: guarded('urgent', <UrgentBoardPage />) },
      { path: 'urgent/:id', element: guarded('urgent', <UrgentDetailPage />) },
      { path: 'notices', element: guarded('notices', <NoticesPage />) },
      { path: 'notices/:id', element: guarded('notices', <NoticeDetailPage />) },
      { path: 'publications', element: guarded('publications', <PublicationsPage />) },
      { path: 'publications/:id', element: guarded('publications', <PublicationDetailPage />) },
      { path: 'explainers', element: guarded('explainers', <ExplainersPage />) },
      { path: 'opinion', element: guarded('opinion', <OpinionEventsPage />) },
      { path: 'opinion/watches/:id', element: guarded('opinion', <OpinionWatchPage />) },
      { path: 'opinion/:id', element: guarded('opinion', <OpinionEventDetailPage />) },
      { path: 'ledger', element: guarded('ledger', <LedgerPage />) },
      { path: 'reconciliations', element: guarded('reconciliations', <ReconciliationsPage />) },
      { path: 'reconciliations/:id', element: guarded('reconciliations', <ReconciliationDetailPage />) },
      { path: 'escalations', element: guarded('escalations', <EscalationBoardPage />) },
      { path: 'escalations/:id', element: guarded('escalations', <EscalationDetailPage />) },
      { path: 'cases', element: guarded('cases', <CasesPage />) },
      { path: 'cases/:id', element: guarded('cases', <CaseDetailPage />) },
      { path: 'complaints', element: guarded('complaints', <ComplaintsPage />) },
      { path: 'complaints/:id', element: guarded('complaints', <ComplaintDetailPage />) },
      { path: 'risk-meetings', element: guarded('riskMeetings', <RiskMeetingsPage />) },
      { path: 'risk-meetings/:id', element: guarded('riskMeetings', <RiskMeetingDetailPage />) },
      { path: 'assessment', element: guarded('assessment', <AssessmentPage />) },
      { path: 'assessment/units/:unitId', element: guarded('assessment', <UnitScorePage />) },
      { path: 'assessment/checks/:id', element: guarded('assessment', <CheckDetailPage />) },
      { path: 'signals', element: guarded('signals', <SignalsPage />) },
      { path: 'signals/:id', element: guarded('signals', <SignalDetailPage />) },
      { path: 'deadlines', element: guarded('deadlines', <DeadlinesPage />) },
      { path: 'plans', element: guarded('plans', <PlansPage />) },
      { path: 'plans/:id', element: guarded('plans', <PlanDetailPage />) },
      { path: 'enterprises', element: guarded('enterprises', <EnterprisesPage />) },
      { path: 'enterprises/:id', element: guarded('enterprises', <EnterpriseDetailPage />) },
      { path: 'credit', element: guarded('credit', <CreditPage />) },
      { path: 'catalogue', element: guarded('catalogue', <CataloguePage />) },
      { path: 'org', element: guarded('org', <OrgPage />) },
      { path: 'admin/users', element: guarded('users', <UsersPage />) },
      { path: 'admin/roles', element: guarded('roles', <RolesPage />) },
      { path: 'admin/audit', element: guarded('audit', <AuditPage />) },
      { path: 'admin/intake-keys', element: guarded('intakeKeys', <IntakeKeysPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
