// The saved plans' durable copy, in IndexedDB, for the app (`src/ui/browser.rs`): read before the
// app starts, because after a killed browser it may be newer than localStorage (which Chromium
// writes to disk up to a minute late), and written with strict durability, so that the app says
// "saved" only once a change is on disk. Any failure leaves the app on localStorage alone.
globalThis.lyncDurable = await new Promise((resolve) => {
  const key = 'lync-restore/v1/plans';
  let db = null;
  const ready = (text) => resolve({
    text,
    save: (value) => new Promise((done) => {
      try {
        const tx = db.transaction('v1', 'readwrite', { durability: 'strict' });
        tx.objectStore('v1').put(value, key);
        tx.oncomplete = () => done(true);
        tx.onerror = tx.onabort = () => done(false);
      } catch {
        done(false);
      }
    }),
  });
  const none = () => ready(null);
  setTimeout(none, 2000);
  try {
    const open = indexedDB.open('lync-restore', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('v1');
    open.onerror = none;
    open.onsuccess = () => {
      db = open.result;
      const get = db.transaction('v1').objectStore('v1').get(key);
      get.onsuccess = () => ready(typeof get.result === 'string' ? get.result : null);
      get.onerror = none;
    };
  } catch {
    none();
  }
});
