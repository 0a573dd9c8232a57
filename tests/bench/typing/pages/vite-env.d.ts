// Vite handles the pages' CSS imports.
/// <reference types="vite/client" />
