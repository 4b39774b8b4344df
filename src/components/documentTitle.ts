/** The page's title while a view shows: what it shows, then the tracker's name. */
import { useEffect } from 'react';

export const SITE_NAME = 'UN vote tracker';

/** Sets the title after every render of the view (the shell leaves these views' titles to them). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${SITE_NAME}`;
  });
}
