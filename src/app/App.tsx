/** The shell: header, navigation, and the view the address names, in its loading, error and empty states. */
import { Component, Suspense, lazy, memo, use, useEffect, useRef, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { formatProblem } from '../domain/integrity';
import { labelOf } from '../domain/model';
import { shorten } from '../domain/text';
import { Overview } from '../features/overview/Overview';
import { NotFound } from '../components/NotFound';
import { DAY, HISTORY, curatedDataset, datasetState, useStore } from '../store/store';
import { SITE_NAME } from '../components/documentTitle';
import { requestHistory } from '../store/history';
import { needsImports } from '../store/route';
import { useDayWithImports } from './useDayWithImports';
import { SearchButton } from '../features/search/SearchButton';
import { parseImportedVoteId } from '../domain/undl/ids';
import {
  loadAlignmentView,
  loadComparePage,
  loadDecisionView,
  loadHistoryView,
  loadImportView,
  loadImportedDecisionView,
  loadMethodologyView,
  loadStateView,
  loadDividedView,
  loadTopicsView,
} from './views';

const DecisionView = lazy(loadDecisionView);
const ComparePage = lazy(loadComparePage);
const HistoryView = lazy(loadHistoryView);
const StateView = lazy(loadStateView);
const AlignmentView = lazy(loadAlignmentView);
const ImportView = lazy(loadImportView);
const ImportedDecisionView = lazy(loadImportedDecisionView);
const MethodologyView = lazy(loadMethodologyView);
const DividedView = lazy(loadDividedView);
const TopicsView = lazy(loadTopicsView);

export function App() {
  const data = useStore((s) => datasetState(s, DAY));
  const route = useStore((s) => s.route);
  // The record's views and a state's page need the record: asked for at once, not after the
  // curated day or the view's own code has loaded.
  const needsRecord =
    route.view === 'history' ||
    route.view === 'history-decision' ||
    route.view === 'state' ||
    route.view === 'methodology' ||
    (route.view === 'alignment' && route.params.dataset === 'history') ||
    ((route.view === 'divided' || route.view === 'topics') && route.params.dataset === 'history');
  useEffect(() => {
    if (needsRecord) void requestHistory();
  }, [needsRecord]);
  const imports = needsImports(route);
  useEffect(() => {
    if (imports) void import('../store/imports').then((m) => m.restoreImports());
  }, [imports]);
  const importedVote = route.view === 'decision' ? parseImportedVoteId(route.id) : null;
  const importState = useStore((s) => datasetState(s, importedVote?.dataset ?? ''));
  const day = useDayWithImports(data.status === 'ready' && data.kind === 'curated' ? data.dataset : null);
  const ignored = useStore((s) => s.ignored);

  // A new view (not a new filter) moves focus to its heading, as a page load
  // would start there. Not on the first view (also when StrictMode runs this twice).
  const viewKey =
    route.view === 'decision' || route.view === 'history-decision'
      ? `${route.view}/${route.id}`
      : route.view === 'state'
        ? `state/${route.key}`
        : route.view;
  const shownView = useRef(viewKey);
  useEffect(() => {
    if (shownView.current === viewKey) return;
    shownView.current = viewKey;
    window.scrollTo?.(0, 0);
    return focusHeading(document.getElementById('main'));
  }, [viewKey]);

  const historyStatus = useStore((s) => datasetState(s, HISTORY).status);
  useEffect(() => {
    const title = pageTitle();
    if (title !== null) document.title = `${title}${SITE_NAME}`;
  });

  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          const main = document.getElementById('main');
          if (main && !focusHeadingIn(main)) main.focus();
        }}
      >
        Skip to content
      </a>
      <header className="site-head">
        <a href="#/" className="brand">
          UN vote tracker
        </a>
        <nav aria-label="Main">
          <a href="#/" aria-current={route.view === 'overview' ? 'page' : undefined}>
            Overview
          </a>
          <a href="#/compare" aria-current={route.view === 'compare' ? 'page' : undefined}>
            GA vs SC
          </a>
          <a href="#/history" aria-current={route.view === 'history' ? 'page' : undefined}>
            GA record 1946–2019
          </a>
          <a href="#/alignment" aria-current={route.view === 'alignment' ? 'page' : undefined}>
            Who voted with whom
          </a>
          <a href="#/divided" aria-current={route.view === 'divided' ? 'page' : undefined}>
            Most divided
          </a>
          <a href="#/topics" aria-current={route.view === 'topics' ? 'page' : undefined}>
            Topics
          </a>
          <a href="#/import" aria-current={route.view === 'import' ? 'page' : undefined}>
            Import
          </a>
          <a href="#/methodology" aria-current={route.view === 'methodology' ? 'page' : undefined}>
            Methodology
          </a>
        </nav>
        <SearchButton />
      </header>
      <main id="main" tabIndex={-1}>
        {ignored.length > 0 && (
          <p className="notice" role="status">
            Part of the address was not understood and was ignored: {ignored.join('; ')}.
          </p>
        )}
        <ErrorBoundary>
          <Suspense fallback={<p role="status">Loading…</p>}>{body()}</Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-foot">
        <p>
          Data: the curated day of 24 February 2025, built from UN records and news reports, each fact with its source
          (a position no source gives is “not reported”, never guessed); the General Assembly’s record 1946–2019 by
          Voeten, Strezhnev and Bailey; and the files of the UN Digital Library you import. How each is made and what it
          lacks: <a href="#/methodology">Methodology</a>.
        </p>
      </footer>
    </>
  );

  /** The title's first part; null where the view shown names itself (`useDocumentTitle`). */
  function pageTitle(): string | null {
    if (route.view === 'compare') return 'GA vs SC · ';
    if (route.view === 'not-found') return 'Not found · ';
    if (route.view === 'history') return 'General Assembly record · ';
    // A vote of the record and a state's page name themselves once what names them is there.
    if (route.view === 'history-decision') return historyStatus === 'ready' ? null : 'General Assembly record · ';
    if (route.view === 'state') return day ? null : 'State · ';
    if (route.view === 'alignment') return 'Who voted with whom · ';
    if (route.view === 'import') return 'Import · ';
    if (route.view === 'methodology') return 'Methodology · ';
    if (route.view === 'divided') return 'Most divided votes · ';
    if (route.view === 'topics') return 'Topics · ';
    // An imported vote's symbol is in its import; until that is read, no name (the id is none for a reader).
    if (importedVote) {
      const symbol = importedSymbol(importState, importedVote.undlId);
      return symbol ? `${symbol} · ` : 'Decision · ';
    }
    if (route.view !== 'decision') return '';
    // Until the dataset is there, the decision's name is not known; the id is no name for a reader.
    if (!day) return 'Decision · ';
    const index = day.dataset.decisionIndex.get(route.id);
    return index === undefined ? 'Not found · ' : `${labelOf(day.dataset.decisions[index])} · `;
  }

  function body(): ReactNode {
    // The record's views do not wait for the curated day.
    if (route.view === 'history' || route.view === 'history-decision') return <HistoryView route={route} />;
    if (route.view === 'import') return <ImportView />;
    // The record's and the imports' views do not wait for the curated day either.
    if (route.view === 'divided' && route.params.dataset !== 'day')
      return <DividedView day={null} params={route.params} />;
    if (route.view === 'topics') return <TopicsView params={route.params} />;
    if (route.view === 'decision' && importedVote) return <ImportedDecisionView state={importState} route={route} />;
    if (data.status === 'failed') {
      return (
        <div role="alert" className="error">
          <h1>The dataset could not be loaded</h1>
          <p>{data.message}</p>
        </div>
      );
    }
    if (data.status === 'invalid') {
      return (
        <div role="alert" className="error">
          <h1>The dataset is not valid</h1>
          <p>
            {data.source} has {data.problems.length} problem{data.problems.length === 1 ? '' : 's'}; nothing from it is
            shown:
          </p>
          <ul className="problems">
            {data.problems.map((p, i) => (
              <li key={i}>
                <code>{formatProblem(p)}</code>
              </li>
            ))}
          </ul>
        </div>
      );
    }
    // The overview waits for the curated day itself, so that a page built ahead of time can show it meanwhile.
    if (route.view === 'overview') return <DayOverview />;
    if (data.status === 'loading' || data.status === 'idle') return LOADING_DATASET;
    // The other views show the day with the imports' same votes merged in.
    if (!day) return null;
    const { dataset } = day;
    switch (route.view) {
      case 'compare':
        return <ComparePage dataset={dataset} />;
      case 'decision':
        return <DecisionView dataset={dataset} route={route} />;
      case 'state':
        return <StateView dataset={dataset} stateKey={route.key} />;
      case 'alignment':
        return <AlignmentView dataset={dataset} params={route.params} />;
      case 'divided':
        return <DividedView day={dataset} params={route.params} />;
      case 'methodology':
        // The curated day as it is bundled: what the imports add to it is described apart.
        return (
          <MethodologyView dataset={data.status === 'ready' && data.kind === 'curated' ? data.dataset : dataset} />
        );
      case 'not-found':
        return <NotFound what={`There is no page at “${shorten(route.path)}”.`} />;
    }
  }
}

const LOADING_DATASET = (
  <div role="status" className="loading">
    <h1 data-transient="">Loading the dataset…</h1>
  </div>
);

/**
 * The overview of the curated day, shown once the day is in. The page built
 * ahead of time (src/prerender.tsx, into index.html) holds the same overview:
 * React takes it over where it stands and leaves it showing until the day is
 * in, then hydrates it. The boundary takes no props (a memo), so that the
 * shell's own renders meanwhile never reach it: a boundary not yet hydrated
 * that is handed new props would be drawn anew, through "Loading…".
 */
const DayOverview = memo(function DayOverview() {
  return (
    <Suspense fallback={LOADING_DATASET}>
      <OverviewOfTheDay />
    </Suspense>
  );
});

const noSubscription = () => () => {};

function OverviewOfTheDay() {
  const data = useStore((s) => datasetState(s, DAY));
  // True while rendering ahead of time and while hydrating that render, false in a render of the browser's own.
  const early = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  // Once the imports kept in this browser are in (after the page is taken over), with their same votes merged in.
  const day = useDayWithImports(data.status === 'ready' && data.kind === 'curated' ? data.dataset : null);
  if (day) return <Overview dataset={day.dataset} />;
  if (!early) return LOADING_DATASET;
  // Ahead of time the day is in, and `use` has it at once; while hydrating, it waits for the day, and the page
  // built ahead of time stays as it is meanwhile.
  return <Overview dataset={use(curatedDataset(DAY))} />;
}

/** The resolution symbol of an imported vote, where its import is in. */
function importedSymbol(state: ReturnType<typeof datasetState>, undlId: number): string | null {
  if (state.status !== 'ready' || state.kind !== 'import') return null;
  const { store } = state.imported;
  for (let d = 0; d < store.decisionCount; d++) {
    if (store.undlId[d] === undlId) return store.strings[store.symbol[d]] || null;
  }
  return null;
}

/** Focuses the view's level-one heading (not the loading screen's), if it is there. */
function focusHeadingIn(main: HTMLElement): boolean {
  // While a lazily loaded view loads, React keeps the previous view in the page, hidden: not that one.
  const heading = [...main.querySelectorAll<HTMLElement>('h1:not([data-transient])')].find(
    (h) => !h.closest('[style*="display: none"]'),
  );
  if (!heading) return false;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return document.activeElement === heading;
}

/**
 * Focuses the level-one heading in `main` as soon as there is one (a view
 * that loads lazily renders it later). While none has come after 5 s, `main`
 * holds focus; a heading that comes later still takes it, unless the reader
 * has moved focus elsewhere meanwhile. Returns a function that stops waiting.
 */
function focusHeading(main: HTMLElement | null): () => void {
  if (!main) return () => {};
  if (focusHeadingIn(main)) return () => {};
  const observer = new MutationObserver(() => {
    const active = document.activeElement;
    if (active !== main && active !== document.body && active !== null) return;
    if (focusHeadingIn(main)) stop();
  });
  const fallback = setTimeout(() => {
    if (document.activeElement === document.body || document.activeElement === null)
      main.focus({ preventScroll: true });
  }, 5_000);
  const giveUp = setTimeout(() => stop(), 60_000);
  const stop = () => {
    observer.disconnect();
    clearTimeout(fallback);
    clearTimeout(giveUp);
  };
  observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
  return stop;
}

class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="error">
          <h1>Something went wrong</h1>
          <p>{this.state.error.message}</p>
          <p>
            <a href="#/" onClick={() => this.setState({ error: null })}>
              Back to the overview
            </a>
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}
