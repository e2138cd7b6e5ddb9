/** Entry of the renderer: mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/claims.css';
import './styles/search.css';
import './styles/brief.css';
import './styles/safety.css';
import './styles/table.css';
import './styles/find.css';
import './styles/prose.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
