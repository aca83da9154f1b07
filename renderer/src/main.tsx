import { createRoot } from 'react-dom/client';
import { formatMessage } from '../../shared/messages/nl';
import { App } from './app/App';
import { pickHost } from './platform';
import './styles/nlds-theme.css';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const host = pickHost(window);
if (host.kind === 'missing-bridge') {
  // Plain DOM on purpose: nothing of the app may run without its link to the desktop.
  const title = document.createElement('h1');
  title.textContent = formatMessage('error.title');
  const body = document.createElement('p');
  body.setAttribute('role', 'alert');
  body.textContent = formatMessage('error.desktopBridgeMissing');
  const main = document.createElement('main');
  main.className = 'app-main';
  main.append(title, body);
  container.replaceChildren(main);
} else {
  createRoot(container).render(<App host={host} />);
}
