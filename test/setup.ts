import '@testing-library/jest-dom/vitest';
import { loadAllLanguages } from '../src/i18n/catalogues';

// The app loads the reader's language before it renders (src/app/main.tsx); tests have them all.
await loadAllLanguages();
