import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { useT } from './useT';

export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  const t = useT();
  return (
    <ErrorBoundary
      name={name}
      fallback={(_error, retry) => (
        <div role="alert" className="panel-error">
          <p>{t('error.panel', { name })}</p>
          <button type="button" onClick={retry}>{t('error.retry')}</button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
