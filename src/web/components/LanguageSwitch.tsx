import { Button } from '@digdir/designsystemet-react';
import { GlobeIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n/index.js';
import { useSession } from '../session/SessionProvider.js';
import type { Locale } from '../types.js';

/**
 * Offers the other language, named in that language. For a signed-in user the choice is saved
 * on their profile, so it follows them to other browsers.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { chooseLocale } = useSession();
  const [busy, setBusy] = useState(false);
  const other: Locale = currentLocale() === 'nb' ? 'en' : 'nb';

  async function choose() {
    setBusy(true);
    try {
      await chooseLocale(other);
    } catch {
      // Saving the choice failed; still show the language asked for in this browser.
      await i18n.changeLanguage(other);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button
      variant="tertiary"
      data-size="sm"
      lang={other}
      onClick={() => void choose()}
      aria-busy={busy || undefined}
    >
      <GlobeIcon aria-hidden />
      {t(`language.switchTo.${other}`)}
    </Button>
  );
}
