/**
 * What came of the user's last one-click action on a page: a success notice in a live region, or
 * the refusal in words. Both are replaced by the next action.
 */
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { errorMessage } from '../components/messages.js';

export interface Feedback {
  notice: string | null;
  failure: string | null;
  /** Runs the action; on success shows the message it resolves to, on failure the refusal. */
  run: (action: () => Promise<string>) => Promise<boolean>;
  show: (notice: string) => void;
  clear: () => void;
}

export function useFeedback(): Feedback {
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = useCallback(async (action: () => Promise<string>) => {
    setNotice(null);
    setFailure(null);
    try {
      setNotice(await action());
      return true;
    } catch (error) {
      setFailure(errorMessage(error));
      return false;
    }
  }, []);
  const show = useCallback((message: string) => {
    setFailure(null);
    setNotice(message);
  }, []);
  const clear = useCallback(() => {
    setNotice(null);
    setFailure(null);
  }, []);

  return { notice, failure, run, show, clear };
}

/** The live region is always in the page, so screen readers hear the notice when it appears. */
export function FeedbackView({ feedback }: { feedback: Feedback }) {
  return (
    <>
      <div role="status" className="notice">
        {feedback.notice && (
          <Alert data-color="success">
            <Paragraph>{feedback.notice}</Paragraph>
          </Alert>
        )}
      </div>
      {feedback.failure && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{feedback.failure}</Paragraph>
        </Alert>
      )}
    </>
  );
}
