/**
 * Browser mode only: the page talks to Casebook with the secret token of the address printed in
 * the terminal. Without one (a new tab on the bare address) or with a refused one (Casebook was
 * restarted), this says what to do instead of leaving panes waiting.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { getClient, isDesktopApp } from '../platform';
import { onUnauthorized } from '../platform/connection';
import { forgetBridgeToken, takeBridgeToken } from '../platform/token';
import { Loading } from '../ui/EmptyState';

type Connection = 'checking' | 'connected' | 'refused';

function initial(): Connection {
  if (isDesktopApp()) return 'connected';
  return takeBridgeToken() ? 'checking' : 'refused';
}

export function ConnectionGate({ children }: { children: ReactNode }) {
  const [connection, setConnection] = useState<Connection>(initial);

  useEffect(() => {
    if (connection !== 'checking') return;
    let live = true;
    void getClient()
      .call('notebook.info', {})
      .then((result) => live && setConnection(!result.ok && result.error.code === 'UNAUTHORIZED' ? 'refused' : 'connected'));
    return () => {
      live = false;
    };
  }, [connection]);

  useEffect(() => onUnauthorized(() => setConnection('refused')), []);
  // Pasting the right address into this tab only changes its fragment: start again with its token.
  useEffect(() => {
    if (connection !== 'refused') return;
    const onHash = () => /(^#|&)token=/.test(window.location.hash) && window.location.reload();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [connection]);
  useEffect(() => {
    if (connection === 'refused') forgetBridgeToken();
  }, [connection]);

  if (connection === 'refused') return <TokenPage />;
  if (connection === 'checking') return <Loading label="Connecting to Casebook…" />;
  return children;
}

function TokenPage() {
  const address = `${window.location.origin}/#token=…`;
  return (
    <main className="token-page">
      <div className="token-page__card">
        <h1 className="token-page__title">This tab is not connected to Casebook</h1>
        <p>
          Open the address printed in the terminal (<code className="token-page__address">{address}</code>).
        </p>
        <p className="muted">
          That address carries a secret that changes every time Casebook starts, so a new tab, a bookmark or an address from an earlier run cannot
          connect. Nothing in your notebook was changed. If the terminal is closed, start Casebook again with <code>npm run web</code>.
        </p>
      </div>
    </main>
  );
}
