// Runs in the page (an init script): records the checklist's first paint — the browser's first
// contentful paint, and when the first step entered the page, so a caller can check the paint
// showed it — and the frame painted after the whole checklist is in (it drops aria-busy).
export function recordPaints() {
  window.__paints = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__paints.first = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new MutationObserver((_, observer) => {
    const checklist = document.querySelector('.checklist');
    if (window.__paints.stepAt === undefined && document.querySelector('.step')) window.__paints.stepAt = performance.now();
    if (checklist && !checklist.hasAttribute('aria-busy') && document.querySelector('.step')) {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__paints.whole = performance.now(); }));
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
}
