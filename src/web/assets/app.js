// The page's own script (the CSP allows no inline script): file drop onto the upload form and live
// progress of a run from its server-sent events. Everything else is plain HTML and htmx.
(function () {
  'use strict';

  function wireDrop(zone) {
    var input = zone.querySelector('input[type=file]');
    if (!input) return;
    ['dragenter', 'dragover'].forEach(function (name) {
      zone.addEventListener(name, function (e) {
        e.preventDefault();
        zone.classList.add('over');
      });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      zone.addEventListener(name, function () {
        zone.classList.remove('over');
      });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length > 0) {
        input.files = e.dataTransfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
  }

  function wireProgress(box) {
    var url = box.getAttribute('data-events');
    if (!url || box.getAttribute('data-wired')) return;
    box.setAttribute('data-wired', '1');
    var source = new EventSource(url);
    var bar = box.querySelector('progress');
    var line = box.querySelector('[data-line]');
    source.addEventListener('progress', function (e) {
      var data = JSON.parse(e.data);
      if (bar && data.total) {
        bar.max = data.total;
        bar.value = data.done;
      }
      if (line && data.text) line.textContent = data.text;
    });
    source.addEventListener('end', function () {
      source.close();
      var reload = box.getAttribute('data-reload');
      if (reload) window.location.assign(reload);
    });
  }

  // The language switch goes to the address as it is now: htmx replaces it as the drop-downs change
  // (the check page), after the server drew the links.
  function wireLanguage(link) {
    if (link.getAttribute('data-wired')) return;
    link.setAttribute('data-wired', '1');
    link.addEventListener('click', function () {
      var here = new URL(window.location.href);
      var target = new URL(link.href, window.location.href);
      if (here.pathname !== target.pathname) return;
      here.searchParams.set('lang', link.getAttribute('lang'));
      link.href = here.pathname + here.search;
    });
  }

  function wire(root) {
    root.querySelectorAll('nav.lang a[lang]').forEach(wireLanguage);
    root.querySelectorAll('.drop').forEach(wireDrop);
    root.querySelectorAll('[data-events]').forEach(wireProgress);
  }

  document.addEventListener('DOMContentLoaded', function () {
    wire(document);
  });
  document.addEventListener('htmx:load', function (e) {
    wire(e.target);
  });
})();
