/**
 * The jump-to search in the whole app (jsdom): the keys that open it, the
 * combobox's keyboard behaviour (arrows, Enter, Escape), its ARIA states,
 * and where focus goes.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/render';
import { searchClient } from './client';

let stop: (() => void) | undefined;
afterEach(() => stop?.());

async function openApp(hash = '#/') {
  const r = renderApp(hash);
  stop = r.stop;
  await screen.findByRole('heading', { level: 1, name: /A\/RES\/ES-11\/7|UN votes of 24 February 2025/ });
  return userEvent.setup();
}

const activeOption = (box: HTMLElement) => {
  const id = box.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('the jump-to search', () => {
  it('Ctrl+K opens it with the field focused; a symbol finds the decision; Enter opens it', async () => {
    const user = await openApp();
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Jump to' });
    const box = within(dialog).getByRole('combobox', { name: 'Search views, states, topics and decisions' });
    await waitFor(() => expect(box).toHaveFocus());
    expect(box).toHaveAttribute('aria-expanded', 'false');
    const listbox = within(dialog).getByRole('listbox', { name: 'Results' });
    expect(box).toHaveAttribute('aria-controls', listbox.id);

    await user.type(box, 'ES-11/7');
    const option = await within(listbox).findByRole('option', { name: /^A\/RES\/ES-11\/7/ });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    // The best match is active, first in the first group, and that group is labelled by its kind.
    expect(activeOption(box)).toBe(option);
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(within(listbox).getAllByRole('group')[0]).toHaveAccessibleName('Decisions');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/decision/ga-l10'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: /A\/RES\/ES-11\/7/ })).toBeInTheDocument();
  });

  it('the arrows move the active option, wrapping at both ends; the active one is the one Enter opens', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const box = await screen.findByRole('combobox');
    await user.type(box, 'ES-11/L');
    const listbox = screen.getByRole('listbox');
    await waitFor(() => expect(within(listbox).getAllByRole('option').length).toBeGreaterThanOrEqual(3));
    const options = within(listbox).getAllByRole('option');
    expect(activeOption(box)).toBe(options[0]);
    await user.keyboard('{ArrowDown}');
    expect(activeOption(box)).toBe(options[1]);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(activeOption(box)).toBe(options.at(-1));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeOption(box)).toBe(options[1]);
    // The field keeps focus throughout.
    expect(box).toHaveFocus();
    const name = options[1].querySelector('.search-label')!.textContent!;
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: new RegExp(name.replace(/[/.]/g, '\\$&')) }),
    ).toBeInTheDocument();
  });

  it('a former name finds the seat: "USSR" leads to the Russian Federation\'s page', async () => {
    const user = await openApp();
    await user.keyboard('/');
    const box = await screen.findByRole('combobox');
    await user.type(box, 'USSR');
    const option = await screen.findByRole('option', { name: /^Union of Soviet Socialist Republics/ });
    expect(option).toHaveTextContent('its seat continued by Russian Federation');
    expect(activeOption(box)).toBe(option);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/state/RUS'));
  });

  it("says how many it shows of how many, and offers last the record's list with the words", async () => {
    const user = await openApp();
    await user.keyboard('{Control>}k{/Control}');
    const box = await screen.findByRole('combobox');
    await user.type(box, 'ussr');
    const listbox = screen.getByRole('listbox');
    // The record's 85 votes with the word, 8 of them shown.
    const decisions = await within(listbox).findByRole(
      'group',
      { name: 'Decisions: the best 8 of 85' },
      { timeout: 10_000 },
    );
    expect(within(decisions).getAllByRole('option')).toHaveLength(8);
    // One state, all shown: its group says no more than its kind.
    expect(within(listbox).getByRole('group', { name: 'States' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'The best 9 of 86 results, then the GA record’s list with these words.',
    );
    const list = within(listbox).getByRole('group', { name: 'The GA record’s list' });
    const last = within(list).getByRole('option', { name: /^Votes with “ussr”/ });
    const options = within(listbox).getAllByRole('option');
    expect(options).toHaveLength(10);
    expect(options.at(-1)).toBe(last);
    // Reached by the arrows like the others (up from the first wraps to it), and opened by Enter.
    expect(activeOption(box)).toBe(options[0]);
    await user.keyboard('{ArrowUp}');
    expect(activeOption(box)).toBe(last);
    expect(last).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(activeOption(box)).toBe(options[0]);
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/history?q=ussr'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("a year among the words is the list's years; a symbol offers no list", async () => {
    const user = await openApp();
    await user.keyboard('{Control>}k{/Control}');
    const box = await screen.findByRole('combobox');
    await user.type(box, 'nuclear 1982');
    const last = await screen.findByRole('option', { name: /^Votes of 1982 with “nuclear”/ }, { timeout: 10_000 });
    expect(screen.getAllByRole('option').at(-1)).toBe(last);
    await user.clear(box);
    await user.type(box, 'R/26/2758G');
    await screen.findByRole('option', { name: /^A\/RES\/2758\(XXVI\).*R\/26\/2758G/ });
    expect(screen.queryByRole('group', { name: 'The GA record’s list' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(/^1 result; the best first\.$/);
    await user.clear(box);
    await user.type(box, 'nuclear 1982');
    await user.click(await screen.findByRole('option', { name: /^Votes of 1982 with “nuclear”/ }));
    await waitFor(() => expect(window.location.hash).toBe('#/history?from=1982&to=1982&q=nuclear'));
  });

  it('Escape closes it and returns focus where it was; nothing found says so', async () => {
    const user = await openApp();
    const nav = screen.getByRole('link', { name: 'GA vs SC' });
    nav.focus();
    await user.keyboard('/');
    const box = await screen.findByRole('combobox');
    await waitFor(() => expect(box).toHaveFocus());
    await user.type(box, 'qqqzzz');
    await waitFor(() => expect(screen.getByText('Nothing found for “qqqzzz”.')).toBeInTheDocument());
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(nav).toHaveFocus();
    expect(window.location.hash).toBe('#/');
  });

  it('"/" typed in a field is typing, not the search', async () => {
    const user = await openApp('#/decision/ga-l10');
    const filter = await screen.findByRole('searchbox');
    await user.click(filter);
    await user.keyboard('/');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(filter).toHaveValue('/');
  });

  it('"/" typed with Shift, as some keyboards need, opens it too', async () => {
    const user = await openApp('#/');
    await user.keyboard('{Shift>}/{/Shift}');
    expect(await screen.findByRole('dialog')).toBeVisible();
  });

  it('a result on the view already shown (another topic) leaves focus on its heading, not on the page', async () => {
    const r = renderApp('#/topics');
    stop = r.stop;
    await screen.findByRole('heading', { level: 1, name: 'Topics' }, { timeout: 15_000 });
    const user = userEvent.setup();
    await user.keyboard('{Control>}k{/Control}');
    const box = await screen.findByRole('combobox', { name: 'Search views, states, topics and decisions' });
    await user.type(box, 'human rights');
    await screen.findAllByRole('option', { name: /^Human rights/ });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/topics?topic=hr'));
    const heading = await screen.findByRole('heading', { level: 1, name: /Human rights/ });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('opened again over the same data, it keeps its indexes instead of building them again', async () => {
    const user = await openApp();
    await user.keyboard('{Control>}k{/Control}');
    let box = await screen.findByRole('combobox');
    await user.type(box, 'ES-11/7');
    await screen.findByRole('option', { name: /^A\/RES\/ES-11\/7/ });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();

    const load = vi.spyOn(searchClient(), 'load');
    try {
      await user.keyboard('{Control>}k{/Control}');
      box = await screen.findByRole('combobox');
      await user.type(box, 'ES-11/7');
      expect(await screen.findByRole('option', { name: /^A\/RES\/ES-11\/7/ })).toBeInTheDocument();
      await user.clear(box);
      await user.type(box, 'USSR');
      expect(await screen.findByRole('option', { name: /^Union of Soviet Socialist Republics/ })).toBeInTheDocument();
      expect(load).not.toHaveBeenCalled();
    } finally {
      load.mockRestore();
    }
  });
});
