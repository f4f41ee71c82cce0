import { Alert, Paragraph } from '@digdir/designsystemet-react';

/** The error for a form as a whole; announced when it appears and focusable so focus can move. */
export function FormAlert({ message, id }: { message: string | null; id: string }) {
  if (!message) return null;
  return (
    <Alert data-color="danger" role="alert" tabIndex={-1} id={id} className="form-alert">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
