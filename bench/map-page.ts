/**
 * What the map bench runs inside the page, as source text (tsx would otherwise wrap named
 * functions in a helper that exists only in Node). Each resolves with the page's own clock.
 */

/** Clicks the Map tab; resolves with the ms to the frame after the canvas is marked drawn. */
export const MAP_FIRST_PAINT = `new Promise((resolveTime, reject) => {
  const tab = [...document.querySelectorAll('[role=tab]')].find((t) => t.textContent.trim() === 'Map');
  if (!tab) return reject(new Error('no Map tab'));
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.map-canvas__cy[data-ready=true]')) return;
    observer.disconnect();
    requestAnimationFrame(() => resolveTime(performance.now() - t0));
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  setTimeout(() => reject(new Error('the map was not drawn in 60 s')), 60000);
  tab.click();
})`;

/** Zooms in (first half) then pans (second half), one step a frame; resolves with the gaps between frames. */
export function zoomPanScript(frames: number): string {
  return `new Promise((resolveGaps) => {
    const cy = document.querySelector('.map-canvas__cy')._cyreg.cy;
    const count = ${frames};
    const start = cy.zoom();
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const gaps = [];
    let last = performance.now();
    let i = 0;
    const tick = (now) => {
      if (i > 0) gaps.push(now - last);
      last = now;
      const phase = i / count;
      if (phase < 0.5) cy.zoom({ level: start * (1 + 6 * phase), renderedPosition: centre });
      else cy.panBy({ x: 9, y: 5 });
      if (++i <= count) requestAnimationFrame(tick);
      else resolveGaps(gaps);
    };
    requestAnimationFrame(tick);
  })`;
}
