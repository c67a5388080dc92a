// The theme toggle. Runs in <head> before first paint, so the page never
// flashes the wrong theme. The stored choice wins; otherwise the system
// setting, followed live. Kept tiny: it is one of only two scripts a page runs
// up front (see tests/budgets.ts). Injected by ./theme-script.ts.
(() => {
  const root = document.documentElement;
  const key = 'theme';
  const media = matchMedia('(prefers-color-scheme: dark)');
  const stored = () => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const apply = (theme) => {
    root.dataset.theme = theme;
    for (const b of document.querySelectorAll('[data-theme-toggle]')) b.setAttribute('aria-pressed', String(theme === 'dark'));
  };
  apply(stored() ?? (media.matches ? 'dark' : 'light'));
  media.addEventListener('change', (e) => stored() || apply(e.matches ? 'dark' : 'light'));
  addEventListener('DOMContentLoaded', () => apply(root.dataset.theme));
  addEventListener('click', (e) => {
    if (!e.target.closest?.('[data-theme-toggle]')) return;
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(key, next);
    } catch {}
    apply(next);
  });
})();
