import '@testing-library/jest-dom/vitest';
import { options } from 'preact';
import { loadAllLanguages } from '../src/i18n/catalogues';

// The app loads the reader's language before it renders (src/app/main.tsx); tests have them all.
await loadAllLanguages();

// Preact runs effects after the next frame, or after 100 ms if no frame comes (a test that mocks
// requestAnimationFrame). That timer can fire after the test file has ended and jsdom's globals
// are gone: Preact's own scheduler then throws "cancelAnimationFrame is not defined", an unhandled
// error that fails the whole run (stop 24's CI). The same schedule, but a late timer finds no
// window and does nothing.
options.requestAnimationFrame = (callback) => {
  let frame = 0;
  const done = () => {
    clearTimeout(timer);
    if (typeof globalThis.cancelAnimationFrame !== 'function') return;
    globalThis.cancelAnimationFrame(frame);
    setTimeout(() => { if (typeof document !== 'undefined') callback(); });
  };
  const timer = setTimeout(done, 100);
  frame = globalThis.requestAnimationFrame(done);
};
