/**
 * A page's title and main heading. After an in-app navigation focus moves to the heading, so
 * screen reader users hear where they arrived; on the first load the browser's order stands.
 */
import { Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let firstPageShown = false;

export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
}

export function Page({
  title,
  heading = title,
  children,
  actions,
}: {
  title: string;
  heading?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
}) {
  usePageTitle(title);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (firstPageShown) headingRef.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <>
      <div className="page-header">
        <Heading level={1} data-size="lg" ref={headingRef} tabIndex={-1} className="page-heading">
          {heading}
        </Heading>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </>
  );
}
