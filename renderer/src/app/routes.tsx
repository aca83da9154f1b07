import type { RouteObject } from 'react-router';
import { AboutScreen } from '../features/about/AboutScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { Layout } from './Layout';
import { NotFoundScreen, RouteError } from './RouteError';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeScreen /> },
      { path: 'over', element: <AboutScreen /> },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
];
