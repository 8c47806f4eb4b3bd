// The pages' only script besides htmx; the content security policy allows no inline script or handler.
(function () {
  'use strict';

  // A state-changing htmx request carries the page's CSRF token, as the forms do, so the API and the pages
  // accept it on the strength of the login session.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && event.detail.verb !== 'get') {
      event.detail.headers[header.content] = token.content;
    }
  });

  // A form with data-confirm asks before it is sent (e.g. retiring a catalog item).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
})();
