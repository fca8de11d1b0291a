/**
 * Setup for the web's jsdom component tests (files marked `// @vitest-environment jsdom`).
 * Safe to load for node-environment tests too: it does nothing without a window.
 */
import { afterEach } from 'vitest';

// findBy*/waitFor wait on state; their default of 1 s is shorter than a cold antd render on two
// loaded cores, so give them room. Loaded only for jsdom tests (node tests have no window).
if (typeof window !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 20_000 });
}

if (typeof window !== 'undefined') {
  // antd's responsive grid and Table ask for media queries; jsdom has none.
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }

  // antd (rc-resize-observer) and echarts-for-react (size-sensor) observe element sizes.
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
    Object.defineProperty(globalThis, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
  }

  // jsdom throws "Not implemented" for pseudo-elements, which antd's scrollbar measuring asks for.
  const getComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (elt: Element, pseudoElt?: string | null) => getComputedStyle(elt, pseudoElt ? undefined : pseudoElt);

  // jsdom lacks scrollTo on elements; antd's Table and Select call it.
  if (!Element.prototype.scrollTo) Element.prototype.scrollTo = () => {};

  // Unmount React trees between tests (testing-library only does this itself with vitest globals).
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
