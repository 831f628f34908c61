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

  function wire(root) {
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
