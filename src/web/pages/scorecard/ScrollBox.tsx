/**
 * A box a wide table scrolls sideways in on a narrow screen. Only while it scrolls is it a
 * labelled region in the tab order, so a keyboard can scroll it and wide screens get no extra stop.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';

export function ScrollBox({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const region = scrolls ? { role: 'region', 'aria-labelledby': labelledBy, tabIndex: 0 } : {};
  return (
    <div ref={box} className="table-scroll" {...region}>
      {children}
    </div>
  );
}
