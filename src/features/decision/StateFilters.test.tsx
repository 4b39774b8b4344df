import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../domain/rows';
import { StateFilters } from './StateFilters';

const counts = { Y: 93, N: 18, A: 65, X: 17, disputed: 0, 'not-reported': 0 };

function renderFilters(active: boolean) {
  const props = {
    onPositionChange: vi.fn(),
    onGroupChange: vi.fn(),
    onTextChange: vi.fn(),
    onClear: vi.fn(),
  };
  render(
    <StateFilters
      filters={active ? { ...NO_FILTERS, position: 'N' } : NO_FILTERS}
      total={193}
      counts={counts}
      active={active}
      {...props}
    />,
  );
  return props;
}

describe('the filters of a decision’s states', () => {
  it('shows each position with its count, and hands a choice up', async () => {
    const on = renderFilters(true);
    expect(screen.getByRole('button', { name: 'All 193' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'No 18' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Yes 93' }));
    expect(on.onPositionChange).toHaveBeenCalledWith('Y');
    await userEvent.click(screen.getByRole('button', { name: 'No 18' }));
    expect(on.onPositionChange).toHaveBeenLastCalledWith(null);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a state' }), 'k');
    expect(on.onTextChange).toHaveBeenCalledWith('k');
  });

  it('clears the filters and puts focus on the filter that shows every state', async () => {
    const on = renderFilters(true);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(on.onClear).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'All 193' })).toHaveFocus();
  });

  it('has nothing to clear where no filter is set', () => {
    renderFilters(false);
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });
});
