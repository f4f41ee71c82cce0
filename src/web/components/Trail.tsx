/**
 * A breadcrumb trail with Designsystemet's breadcrumbs look on a native `<nav>`. Designsystemet's
 * `<ds-breadcrumbs>` element sets its navigation role and label only when its children change
 * while its last link is laid out, so a trail rendered before its page had settled could stay
 * without a landmark for screen readers. A plain `nav` is a landmark from the start.
 *
 * Each step is a link, or plain text where `to` is missing (a unit above one's reach). The last
 * step is the current page. `back`, when given, is the one link shown on narrow screens.
 */
import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';

export interface TrailStep {
  id: string;
  name: string;
  to?: string;
}

export function Trail({
  label,
  steps,
  back,
}: {
  label: string;
  steps: readonly TrailStep[];
  back?: { to: string; name: string; label: string };
}) {
  return (
    <nav className="ds-breadcrumbs" aria-label={label}>
      {back && (
        <Link asChild aria-label={back.label}>
          <RouterLink to={back.to}>{back.name}</RouterLink>
        </Link>
      )}
      <ol>
        {steps.map((step, index) => {
          const current = index === steps.length - 1;
          return (
            <li key={step.id}>
              {step.to ? (
                <Link asChild>
                  <RouterLink to={step.to} aria-current={current ? 'page' : undefined}>
                    {step.name}
                  </RouterLink>
                </Link>
              ) : (
                <span aria-current={current ? 'page' : undefined}>{step.name}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
