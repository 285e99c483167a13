/*
 * SuaraWarga service worker, hand-written and small. It never touches a form submission (POST) or the API,
 * nor another origin (Keycloak). It keeps:
 *  - the stylesheet, page script and icons, so a page read offline still looks right;
 *  - the last results pages viewed (and the home page), network first, for reading offline.
 */
'use strict';

var STATIC = 'suarawarga-static-v1';
var PAGES = 'suarawarga-pages';
var MAX_PAGES = 12;
var ASSETS = ['/css/app.css', '/js/app.js', '/icons/icon.svg', '/manifest.json'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(STATIC).then(function (cache) { return cache.addAll(ASSETS); })
      .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n !== STATIC && n !== PAGES; })
        .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

/** Pages worth reading offline: the public results of a service or unit, and the home page. */
function readable(url) {
  return url.pathname === '/' || /^\/(services|units)\/\d+\/results$/.test(url.pathname);
}

function trim(cache) {
  return cache.keys().then(function (keys) {
    return Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map(function (k) { return cache.delete(k); }));
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (ASSETS.indexOf(url.pathname) >= 0) {
    // Stale while revalidate: the cached copy now, a fresh one for next time.
    event.respondWith(caches.open(STATIC).then(function (cache) {
      return cache.match(request).then(function (hit) {
        var fresh = fetch(request).then(function (response) {
          if (response.ok) {
            cache.put(request, response.clone());
          }
          return response;
        });
        return hit || fresh;
      });
    }));
    return;
  }
  if (request.mode === 'navigate' && readable(url)) {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(PAGES).then(function (cache) {
          return cache.delete(request, {ignoreSearch: false}).then(function () { return cache.put(request, copy); })
              .then(function () { return trim(cache); });
        });
      }
      return response;
    }, function () {
      return caches.open(PAGES).then(function (cache) { return cache.match(request, {ignoreVary: true}); }).then(function (hit) {
        return hit || Response.error();
      });
    }));
  }
});
