import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { AboutScreen } from '../features/about/AboutScreen';
import { registerIntakeDraftForm } from '../features/intake/intake-draft-form';
import { Layout } from './Layout';
import { NotFoundScreen, RouteError } from './RouteError';

// Screens load on first visit, keeping the start-up bundle small. The chunks come from the app's
// own origin, so even the caseload right after unlock waits only milliseconds (see npm run bench).
const CaseloadScreen = lazy(() =>
  import('../features/caseload/CaseloadScreen').then((m) => ({ default: m.CaseloadScreen })),
);
const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
const ChangePassphraseScreen = lazy(() =>
  import('../features/settings/ChangePassphraseScreen').then((m) => ({
    default: m.ChangePassphraseScreen,
  })),
);
const GemeenteProfileScreen = lazy(() =>
  import('../features/profiles/GemeenteProfileScreen').then((m) => ({
    default: m.GemeenteProfileScreen,
  })),
);
const NewHouseholdScreen = lazy(() =>
  import('../features/household/NewHouseholdScreen').then((m) => ({
    default: m.NewHouseholdScreen,
  })),
);
const DossierScreen = lazy(() =>
  import('../features/household/DossierScreen').then((m) => ({ default: m.DossierScreen })),
);
const SelfEntryScreen = lazy(() =>
  import('../features/self-entry/SelfEntryScreen').then((m) => ({ default: m.SelfEntryScreen })),
);
const ExitPinScreen = lazy(() =>
  import('../features/self-entry/ExitPinScreen').then((m) => ({ default: m.ExitPinScreen })),
);
const IntakeScreen = lazy(() =>
  import('../features/intake/IntakeScreen').then((m) => ({ default: m.IntakeScreen })),
);
const PlanScreen = lazy(() =>
  import('../features/plan/PlanScreen').then((m) => ({ default: m.PlanScreen })),
);
const EditHouseholdScreen = lazy(() =>
  import('../features/household/EditHouseholdScreen').then((m) => ({
    default: m.EditHouseholdScreen,
  })),
);
const BackupScreen = lazy(() =>
  import('../features/backup/BackupScreen').then((m) => ({ default: m.BackupScreen })),
);
const HandoverExportScreen = lazy(() =>
  import('../features/handover/HandoverExportScreen').then((m) => ({
    default: m.HandoverExportScreen,
  })),
);
const HandoverImportScreen = lazy(() =>
  import('../features/handover/HandoverImportScreen').then((m) => ({
    default: m.HandoverImportScreen,
  })),
);

registerIntakeDraftForm();

const later = (screen: ReactNode) => <Suspense fallback={null}>{screen}</Suspense>;

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: later(<CaseloadScreen />) },
      { path: 'huishouden/nieuw', element: later(<NewHouseholdScreen />) },
      { path: 'huishouden/:householdId', element: later(<DossierScreen />) },
      { path: 'huishouden/:householdId/bewerken', element: later(<EditHouseholdScreen />) },
      { path: 'instellingen', element: later(<SettingsScreen />) },
      { path: 'instellingen/wachtwoord', element: later(<ChangePassphraseScreen />) },
      { path: 'instellingen/gemeente', element: later(<GemeenteProfileScreen />) },
      { path: 'instellingen/pincode', element: later(<ExitPinScreen />) },
      { path: 'huishouden/:householdId/gesprek/:stap', element: later(<IntakeScreen />) },
      { path: 'huishouden/:householdId/zelf/:personId', element: later(<SelfEntryScreen />) },
      { path: 'huishouden/:householdId/plan', element: later(<PlanScreen />) },
      { path: 'back-up', element: later(<BackupScreen />) },
      { path: 'huishouden/:householdId/overdragen', element: later(<HandoverExportScreen />) },
      { path: 'overdracht-ontvangen', element: later(<HandoverImportScreen />) },
      { path: 'over', element: <AboutScreen /> },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
];
