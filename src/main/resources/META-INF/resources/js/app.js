/*
 * SuaraWarga page script: progressive enhancement only, every page works without it.
 *
 * Forms marked data-keep-offline (the survey and the rating) are sent by fetch first. When the connection is
 * down the filled form is kept in this browser (localStorage, keyed by the form's Idempotency-Key) and the page
 * says so; it is sent again when the connection returns, or when the same form page is opened later. Once the
 * server has answered, the same form (same key) is sent the ordinary way so the browser shows the server's own
 * page: the key makes it count once, however often it was sent.
 */
(function () {
  'use strict';

  var OUTBOX = 'suarawarga.outbox';
  var RETRY_MS = 4000;
  var body = document.body;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* pages work without it */ });
  }

  function outbox() {
    try {
      return JSON.parse(localStorage.getItem(OUTBOX)) || [];
    } catch (e) {
      return [];
    }
  }

  function save(items) {
    try {
      localStorage.setItem(OUTBOX, JSON.stringify(items));
    } catch (e) { /* private mode or full: the form stays on the page */ }
  }

  function keep(item) {
    save(outbox().filter(function (x) { return x.key !== item.key; }).concat([item]));
  }

  function drop(key) {
    save(outbox().filter(function (x) { return x.key !== key; }));
  }

  function status(form, text) {
    var p = form.querySelector('.offline-status');
    if (p) {
      p.textContent = text;
      p.hidden = !text;
    }
  }

  function item(form) {
    var data = new URLSearchParams(new FormData(form));
    return {
      key: data.get('idempotencyKey'),
      page: location.pathname,
      action: form.getAttribute('action'),
      body: data.toString(),
      kept: Date.now()
    };
  }

  var retry = null;
  var busy = false;

  function deliver(form, it) {
    if (busy) {
      return;
    }
    busy = true;
    status(form, body.getAttribute('data-offline-sending'));
    fetch(it.action, {
      method: 'POST',
      body: it.body,
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      credentials: 'same-origin',
      redirect: 'manual'
    }).then(function () {
      // The server has it (saved, or refused with a reason): show its answer by sending the same form natively.
      drop(it.key);
      clearInterval(retry);
      form.setAttribute('data-sending', 'native');
      HTMLFormElement.prototype.submit.call(form);
    }, function () {
      busy = false;
      keep(it);
      status(form, body.getAttribute('data-offline-saved'));
      if (!retry) {
        retry = setInterval(function () { deliver(form, it); }, RETRY_MS);
      }
    });
  }

  /** Puts a kept form back into the page's form: its answers and its key (the fresh CSRF token stays). */
  function restore(form, it) {
    var data = new URLSearchParams(it.body);
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || (el.type === 'hidden' && el.name !== 'idempotencyKey')) {
        return;
      }
      if (el.type === 'radio' || el.type === 'checkbox') {
        el.checked = data.getAll(el.name).indexOf(el.value) >= 0;
      } else if (data.has(el.name)) {
        el.value = data.get(el.name);
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-keep-offline]'), function (form) {
    form.addEventListener('submit', function (ev) {
      if (!window.fetch || form.getAttribute('data-sending') === 'native') {
        return;
      }
      ev.preventDefault();
      deliver(form, item(form));
    });
    var kept = outbox().filter(function (x) {
      return x.page === location.pathname && x.action === form.getAttribute('action');
    })[0];
    if (kept) {
      restore(form, kept);
      deliver(form, kept);
    }
    window.addEventListener('online', function () {
      var again = outbox().filter(function (x) { return x.action === form.getAttribute('action'); })[0];
      if (again) {
        deliver(form, again);
      }
    });
  });

  // A form kept on another page: say so at the top, with a link back to it (opening it sends it).
  var here = Array.prototype.map.call(document.querySelectorAll('form[data-keep-offline]'), function (f) {
    return f.getAttribute('action');
  });
  var elsewhere = outbox().filter(function (x) {
    return here.indexOf(x.action) < 0 && /^\/[A-Za-z0-9]/.test(x.page);
  })[0];
  var main = document.getElementById('main');
  if (elsewhere && main) {
    var note = document.createElement('p');
    note.className = 'notice';
    note.id = 'offline-pending';
    note.setAttribute('role', 'status');
    var link = document.createElement('a');
    link.href = elsewhere.page;
    link.textContent = body.getAttribute('data-offline-pending');
    note.appendChild(link);
    main.insertBefore(note, main.firstChild);
  }

  // Logging out on a shared phone: forget kept forms and cached pages of this account.
  Array.prototype.forEach.call(document.querySelectorAll('form[action="/logout"]'), function (form) {
    form.addEventListener('submit', function () {
      save([]);
      if (window.caches) {
        caches.delete('suarawarga-pages');
      }
    });
  });
}());
