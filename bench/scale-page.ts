/**
 * What the scale bench runs inside the page, as source text (tsx would otherwise wrap named
 * functions in a helper that exists only in Node). Each returns milliseconds measured with the
 * page's own clock, up to the frame after the change.
 */

/** Installed before navigation: when the first loaded library row appears (ms since navigation start). */
export const FIRST_ROW_WATCH = `(() => {
  const seen = () => document.querySelector('.source-row[data-source-id]');
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstRowMs = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/**
 * Arms `window.__keystroke`: a promise of keydown → the next frame after the library's count came
 * to read `expected` (a mutation observer notes when). Armed first, then the key is pressed.
 */
export function armKeystroke(expected: string): string {
  return `void (window.__keystroke = new Promise((resolveTime, reject) => {
    const expected = ${JSON.stringify(expected)};
    const footer = () => document.querySelector('.library__footer')?.textContent ?? '';
    let start = null;
    const onKey = (e) => { start = e.timeStamp; document.removeEventListener('keydown', onKey, true); };
    document.addEventListener('keydown', onKey, true);
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('the count never read ' + expected + ' (it reads ' + footer() + ')')); }, 5000);
    const observer = new MutationObserver(() => {
      if (start === null || footer() !== expected) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolveTime(performance.now() - start));
    });
    observer.observe(document.querySelector('.library'), { childList: true, subtree: true, characterData: true });
  }))`;
}

/** Starts recording the gaps between animation frames; `FRAMES_STOP` returns them. */
export const FRAMES_START = `(() => {
  window.__gaps = [];
  window.__recording = true;
  let last = performance.now();
  const tick = (now) => {
    window.__gaps.push(now - last);
    last = now;
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

export const FRAMES_STOP = `(() => { window.__recording = false; return window.__gaps.slice(1); })()`;

/** The bare baseline: the same rows fetched over the bridge and shown as a plain list, every row in the page. */
export function plainList(token: string, limit: number | null): string {
  return `(async () => {
    const t0 = performance.now();
    const response = await fetch('/api/call/sources.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ${token}' },
      body: JSON.stringify(${limit === null ? '{}' : `{ limit: ${limit} }`}),
    });
    const { value } = await response.json();
    document.body.innerHTML = '';
    const box = document.createElement('div');
    box.style.cssText = 'height: 640px; width: 280px; overflow-y: auto; font: 13px sans-serif';
    box.className = 'plain-list';
    const ul = document.createElement('ul');
    for (const s of value.sources) {
      const li = document.createElement('li');
      li.style.cssText = 'height: 54px';
      li.textContent = s.title + ' · ' + s.reliability + ' · ' + s.claimCount + ' claims';
      ul.append(li);
    }
    box.append(ul);
    document.body.append(box);
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return performance.now() - t0;
  })()`;
}

/** Clicks the library row titled `title`; resolves when its header shows and `claims` highlights are painted ({ total, data } ms). */
export function openSourceTimed(title: string, claims: number): string {
  return `new Promise((resolveTime, reject) => {
    const title = ${JSON.stringify(title)};
    const row = [...document.querySelectorAll('.source-row')].find((r) => r.textContent.includes(title));
    if (!row) return reject(new Error('no row for ' + title));
    const t0 = performance.now();
    row.click();
    const deadline = t0 + 20000;
    const check = () => {
      const header = document.querySelector('.source-header__title')?.textContent ?? '';
      const ids = new Set();
      for (const mark of document.querySelectorAll('.reader-doc mark[data-claim-id]'))
        for (const id of (mark.dataset.claimIds || mark.dataset.claimId || '').split(' ')) if (id) ids.add(id);
      if (header.includes(title) && ids.size >= ${claims}) return requestAnimationFrame(() => setTimeout(() => {
        // When the data calls of this opening had their answers, for the share of the time spent loading.
        const calls = performance.getEntriesByType('resource').filter((e) => e.startTime >= t0 && /sources\\.get|claims\\.list/.test(e.name));
        resolveTime({ total: performance.now() - t0, data: Math.max(0, ...calls.map((e) => e.responseEnd - t0)) });
      }, 0));
      if (performance.now() > deadline) return reject(new Error('opening ' + title + ': ' + ids.size + ' of ${claims} claims marked after 20 s'));
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`;
}
