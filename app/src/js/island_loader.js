// Starts the page's islands once the browser is idle (after Leptos 0.8's island script,
// without its preload hints: the page is complete without the wasm, which must not compete
// with the page itself on a slow phone). `JS` and `WASM` are filled in by `IdleHydration`.
// When the islands are running (or the page has none), `<body data-hydrated="true">` says
// so, for tests and styles.
(() => {
  const islands = [...document.querySelectorAll("leptos-island")]
    // An island inside another is started by its parent.
    .filter((el) => !el.parentElement.closest("leptos-island"));
  const done = () => document.body.setAttribute("data-hydrated", "true");
  if (islands.length === 0) {
    done();
    return;
  }
  const start = () => import(JS).then(async (m) => {
    await m.default({ module_or_path: WASM });
    m.hydrate();
    // One after another, in page order: each island reads the data the server sent for it
    // in that order. A lazy island first fetches its own code.
    for (const el of islands) {
      const hydrateIsland = m[el.dataset.component];
      if (hydrateIsland) {
        await hydrateIsland(el);
      } else {
        console.warn(`no code for the island ${el.dataset.component}`);
      }
    }
    // The islands' effects (adopting what was typed early) run as microtasks: let them.
    setTimeout(done, 0);
  });
  // `timeout`: a page that is never idle still becomes interactive within 2 s.
  if ("requestIdleCallback" in window) {
    requestIdleCallback(start, { timeout: 2000 });
  } else {
    start();
  }
})();
