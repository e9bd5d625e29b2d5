/*! Border map embed loader; source: src/app/embed/embedLoader.js */
// The readable source of public/embed.js, which is this file minified to stay under its
// 1 kB gzip budget (issue 5; scripts/check-budgets.mjs). After editing, regenerate it with
//   npx esbuild src/app/embed/embedLoader.js --minify --legal-comments=inline --banner:js='/* eslint-disable */' --tsconfig-raw='{}' --outfile=public/embed.js
// (the banner: lint applies here, not to the minified copy). embedLoader.test.ts runs the same
// cases against both files. No modules, no dependencies: it runs in any host page.
(function (W, D, L, H) {
  if (W.borderMapEmbed) return;
  W.borderMapEmbed = 1;
  var s = D.currentScript, base = new URL('.', s && s.src || L.href).href,
    K = 'date event types pairs q display window map'.split(' ');
  // Our iframes: under this script's folder. Mirrored: `mirror` and an embedId in the src.
  function frames(w) {
    return [].filter.call(D.getElementsByTagName('iframe'), function (f) {
      return !f.src.indexOf(base) && (!w || f.contentWindow === w);
    });
  }
  function key(f) {
    var p = new URL(f.src).searchParams, i = p.get('embedId');
    return p.has('mirror') && /^[\w-]{1,64}$/.test(i) && i;
  }
  // The view's keys only, short values: a crafted link cannot set data=, mode=...
  function clean(q) {
    var i = new URLSearchParams(q), o = new URLSearchParams();
    K.forEach(function (k) { var v = i.get(k); if (v && v.length < 200) o.set(k, v); });
    return o;
  }
  // On load, `#<embedId>=<view>` takes that iframe back to the view.
  frames().forEach(function (f) {
    var i = key(f), m = i && RegExp('(?:^#|&)' + i + '=([^&]*)').exec(L.hash), u = new URL(f.src), p = u.searchParams;
    try { m = m && clean(decodeURIComponent(m[1])); } catch { m = 0; /* a malformed %-escape: ignored */ }
    if (!m) return;
    K.forEach(function (k) { p.delete(k); });
    m.forEach(function (v, k) { if (k === 'map') u.hash = 'map=' + v; else p.set(k, v); });
    if (u.href !== f.src) f.src = u.href;
  });
  addEventListener('message', function (e) {
    var f = frames(e.source)[0], d = e.data, h, p;
    // The window says which iframe sent it; the origin, that it still shows our app.
    if (!f || e.origin !== new URL(f.src).origin || !d) return;
    if (d.type === 'border-map:state') {
      // key(f) is false for a frame that did not ask: ({}) matches no id a message can carry.
      if (d.id === (key(f) || {}) && typeof d.state === 'string' && d.state.length < 2e3) {
        // The page's own hash parts stay; replaceState keeps Back leaving the article.
        p = L.hash.slice(1).split('&').filter(function (x) { return x && x.indexOf(d.id + '='); });
        if (d.state) p.push(d.id + '=' + encodeURIComponent(d.state));
        try { H.replaceState(H.state, '', '#' + p.join('&')); } catch { /* refused (sandboxed page): nothing written */ }
      }
      return;
    }
    // Datawrapper's, pym.js's or AMP's height message.
    h = typeof d === 'string' ? +(/^pymxPYMx[\w-]{1,64}xPYMxheightxPYMx(\d{1,6})$/.exec(d) || [])[1]
      : d.sentinel === 'amp' && d.type === 'embed-size' ? d.height
      : (p = d['datawrapper-height']) && typeof p === 'object' && (p = Object.values(p)).length === 1 ? p[0] : NaN;
    if (typeof h !== 'number' || !isFinite(h)) return;
    h = Math.round(Math.min(8e3, Math.max(150, h))) + 'px';
    if (f.style.height !== h) {
      f.style.height = h;
      f.setAttribute('height', parseInt(h));
    }
  });
})(window, document, location, history);
