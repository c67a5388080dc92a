// The theme toggle. Runs in <head> before first paint, so the page never
// flashes the wrong theme. The stored choice wins; otherwise the system
// setting, followed live. Kept tiny: with the search opener, it is all the
// JavaScript a page runs up front (1 KB together, see tests/budgets.ts).
// Injected by src/integrations/theme-script.ts.
(() => {
  const root = document.documentElement;
  const media = matchMedia('(prefers-color-scheme: dark)');
  // Storage can be off (privacy settings): then the choice lasts for the page.
  const stored = () => {
    try {
      return localStorage.theme;
    } catch {}
  };
  const apply = (theme) => {
    root.dataset.theme = theme;
    for (const b of document.querySelectorAll('[data-theme-toggle]')) b.ariaPressed = theme == 'dark';
  };
  const system = () => (media.matches ? 'dark' : 'light');
  apply(stored() || system());
  media.onchange = () => stored() || apply(system());
  addEventListener('DOMContentLoaded', () => apply(root.dataset.theme));
  addEventListener('click', (e) => {
    if (!e.target.closest?.('[data-theme-toggle]')) return;
    const next = root.dataset.theme == 'dark' ? 'light' : 'dark';
    try {
      localStorage.theme = next;
    } catch {}
    apply(next);
  });
})();
