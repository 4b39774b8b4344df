/**
 * The search's button in the header, on every page, and its keys: ⌘K or
 * Ctrl+K anywhere, `/` where the reader is not typing in a field. The
 * dialog's code and the indexes load when it is first opened (or the
 * button first hovered or focused); closed without a choice, focus returns
 * where it was.
 */
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

const loadDialog = () => import('./SearchDialog');
const SearchDialog = lazy(loadDialog);

/** Whether a key pressed in `target` is typing: a text field, a list, an editable region. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName !== 'INPUT') return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(
    (target as HTMLInputElement).type,
  );
}

export function SearchButton() {
  const [open, setOpen] = useState(false);
  const isOpen = useRef(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  const show = useCallback(() => {
    if (isOpen.current) return;
    isOpen.current = true;
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      // `/` takes Shift on some keyboards (German, French): only the K shortcut refuses it.
      const k = (e.key === 'k' || e.key === 'K') && (e.metaKey || e.ctrlKey) && !e.shiftKey;
      const slash = e.key === '/' && !e.metaKey && !e.ctrlKey && !typingIn(e.target);
      if (!k && !slash) return;
      e.preventDefault();
      show();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [show]);

  const close = useCallback((navigated: boolean) => {
    isOpen.current = false;
    setOpen(false);
    if (navigated) {
      // A new view takes focus to its heading; a new address of the view already shown (another topic, other
      // filters) leaves it where the dialog was, gone: the view's heading takes it then.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (document.activeElement !== document.body && document.activeElement !== null) return;
          const heading = document.querySelector<HTMLElement>('#main h1');
          if (!heading) return;
          heading.tabIndex = -1;
          heading.focus({ preventScroll: true });
        }),
      );
      return;
    }
    const back = returnTo.current && returnTo.current.isConnected ? returnTo.current : button.current;
    back?.focus();
  }, []);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="search-open"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={show}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
      >
        Search <kbd aria-hidden="true">/</kbd>
      </button>
      {/* Over the whole page, outside the header: a modal dialog of its own. */}
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <SearchDialog onClose={close} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
