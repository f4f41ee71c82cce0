import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { RefObject } from 'react';

/** The error for a form as a whole; announced when it appears and focusable so focus can move. */
export function FormAlert({
  message,
  alertRef,
}: {
  message: string | null;
  alertRef: RefObject<HTMLDivElement | null>;
}) {
  if (!message) return null;
  return (
    <Alert data-color="danger" role="alert" tabIndex={-1} ref={alertRef} className="form-alert">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
