import { act } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app';

/**
 * Rendering the result is the heaviest work the page does on a phone (Lighthouse counts it as
 * blocking time): it must happen once, not again for what the frame around it learns from it.
 */
const renders = vi.hoisted(() => ({ bestWay: 0 }));
vi.mock('../../src/ui/result/best-way', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/result/best-way')>();
  return {
    ...real,
    BestWay: (props: Parameters<typeof real.BestWay>[0]) => {
      renders.bestWay += 1;
      return real.BestWay(props);
    },
  };
});

describe('the result page', () => {
  it('renders once when opened, though <main> then says its outcome', async () => {
    renders.bestWay = 0;
    await renderApp(
      '/?v=1&lang=en&where=city&speak=none&pay=cash,card&online=no&when=now&operator=beeline',
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(document.querySelector('main')).toHaveAttribute('data-outcome', 'weak');
    expect(renders.bestWay).toBe(1);
  });
});
