/**
 * What came of the user's last one-click action on a page: a success notice in a live region, or
 * the refusal in words. Both are replaced by the next action.
 */
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useRef, useState } from 'react';
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

/**
 * The live region is always in the page, so screen readers hear the notice when it appears. When
 * the action took away the button that had focus (a revert, an archive), focus moves to the
 * notice once the page has caught up (`settled` changes), rather than falling to the page top.
 */
export function FeedbackView({ feedback, settled }: { feedback: Feedback; settled?: unknown }) {
  const regionRef = useRef<HTMLDivElement>(null);
  const { notice, failure } = feedback;

  useEffect(() => {
    const lost = document.activeElement === document.body || document.activeElement === null;
    if ((notice || failure) && lost) regionRef.current?.focus();
  }, [notice, failure, settled]);

  return (
    <div ref={regionRef} tabIndex={-1} className="feedback">
      <div role="status" className="notice">
        {notice && (
          <Alert data-color="success">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      {failure && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
