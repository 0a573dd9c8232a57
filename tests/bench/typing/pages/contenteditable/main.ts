// Plain contenteditable: the browser's own editing, the floor every editor sits on.
import '../surface.css';
import { fetchArticle } from '../article-source.ts';

const editor = document.querySelector<HTMLElement>('[data-testid="editor"]')!;
editor.innerHTML = await fetchArticle('html');
editor.dataset.ready = 'true';
