/**
 * A small menu of actions on one thing (a focus area, a criterion), so the page is not a wall of
 * buttons. Focus goes back to the menu button before the action runs, so a dialog the action
 * opens hands focus back to it when it closes.
 */
import { Dropdown } from '@digdir/designsystemet-react';
import { MenuElipsisVerticalIcon } from '@navikt/aksel-icons';
import { type ReactNode, useRef, useState } from 'react';

export interface MenuAction {
  label: string;
  icon: ReactNode;
  onSelect: () => void;
  danger?: boolean;
}

export function ActionMenu({
  label,
  context,
  actions,
}: {
  /** The button's visible text, such as "Endre". */
  label: string;
  /** Read after the label by screen readers, naming what the menu is for. */
  context: string;
  actions: MenuAction[];
}) {
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  if (actions.length === 0) return null;

  function choose(action: MenuAction) {
    setOpen(false);
    triggerRef.current?.focus();
    action.onSelect();
  }

  return (
    <div className="action-menu">
      <Dropdown.TriggerContext>
        <Dropdown.Trigger
          ref={triggerRef}
          variant="tertiary"
          data-size="sm"
          onClick={() => setOpen(!open)}
        >
          <MenuElipsisVerticalIcon aria-hidden />
          {label}
          <span className="ds-sr-only"> {context}</span>
        </Dropdown.Trigger>
        <Dropdown open={open} onClose={() => setOpen(false)} placement="bottom-end" data-size="sm">
          <Dropdown.List>
            {actions.map((action) => (
              <Dropdown.Item key={action.label}>
                <Dropdown.Button
                  onClick={() => choose(action)}
                  data-color={action.danger ? 'danger' : undefined}
                >
                  {action.icon}
                  {action.label}
                </Dropdown.Button>
              </Dropdown.Item>
            ))}
          </Dropdown.List>
        </Dropdown>
      </Dropdown.TriggerContext>
    </div>
  );
}
