import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { pickHost } from './platform';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(<App host={pickHost(window)} />);
