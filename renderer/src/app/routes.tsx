import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { AboutScreen } from '../features/about/AboutScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { Layout } from './Layout';
import { NotFoundScreen, RouteError } from './RouteError';

// Screens used now and then load on first visit, keeping the start-up bundle small.
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
const BackupScreen = lazy(() =>
  import('../features/backup/BackupScreen').then((m) => ({ default: m.BackupScreen })),
);

const later = (screen: ReactNode) => <Suspense fallback={null}>{screen}</Suspense>;

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeScreen /> },
      { path: 'instellingen', element: later(<SettingsScreen />) },
      { path: 'instellingen/wachtwoord', element: later(<ChangePassphraseScreen />) },
      { path: 'instellingen/gemeente', element: later(<GemeenteProfileScreen />) },
      { path: 'back-up', element: later(<BackupScreen />) },
      { path: 'over', element: <AboutScreen /> },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
];
