import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { channelIds } from '../../src/domain';
import { hasStrings, partsFor } from '../../src/i18n';
import { renderApp } from './render-app';

/**
 * Rendering a whole page is the heaviest work the app does on a phone (Lighthouse counts it as
 * blocking time): the result and the ways page are rendered once when opened, not again for what
 * the frame around them learns, nor when the next page's strings arrive while the person reads.
 */
const { renders, counted } = vi.hoisted(() => {
  const renders = { bestWay: 0, waySection: 0 };
  /** The component as it is, counting its renders. */
  const counted =
    <Props,>(name: keyof typeof renders, Component: (props: Props) => unknown) =>
    (props: Props) => {
      renders[name] += 1;
      return Component(props);
    };
  return { renders, counted };
});
vi.mock('../../src/ui/result/best-way', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/result/best-way')>();
  return { ...real, BestWay: counted('bestWay', real.BestWay) };
});
vi.mock('../../src/ui/ways/way-section', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/ways/way-section')>();
  return { ...real, WaySection: counted('waySection', real.WaySection) };
});

/** Lets the app finish what it does after the first render (the next page's strings). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

describe('a page opened from a link', () => {
  // First: a page's strings asked for once load with the page from then on (the result's file
  // holds the question page's), so after the result test nothing would arrive late here.
  it('the ways page renders once, though the next page’s strings arrive after it', async () => {
    renders.waySection = 0;
    await renderApp('/ru/ways/');
    // The question page's strings, fetched while the person reads, are added after it is shown.
    await waitFor(() => expect(hasStrings('ru', partsFor.question)).toBe(true));
    await settle();
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(renders.waySection).toBe(channelIds.length);
  });

  it('the result renders once, though <main> then says its outcome', async () => {
    renders.bestWay = 0;
    await renderApp(
      '/?v=1&lang=en&where=city&speak=none&pay=cash,card&online=no&when=now&operator=beeline',
    );
    await settle();
    expect(document.querySelector('main')).toHaveAttribute('data-outcome', 'weak');
    expect(renders.bestWay).toBe(1);
  });
});
