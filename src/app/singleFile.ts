// Entry of the single-file build only (vite.single.config.ts puts it before
// main.tsx): the files the normal build ships in dist/data/ (the same
// pattern as scripts/viteDataPlugin.ts) travel inside the page, as text, and
// are answered from memory when the app asks for them (issue 6).
import { installInlineData } from './inlineData';

const modules = import.meta.glob<string>('../../data/*.{geojson,json,csv}', { query: '?raw', import: 'default', eager: true });

const files: Record<string, string> = {};
for (const [path, text] of Object.entries(modules)) files[path.slice(path.lastIndexOf('/') + 1)] = text;

installInlineData(window, document.baseURI, files);
