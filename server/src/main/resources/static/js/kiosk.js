// Kiosk mode (自助终端): the idle countdown, the on-screen number pad, and the scanner's always-focused field.
(function () {
  'use strict';
  const body = document.body;
  const idle = Number(body.dataset.idle || 90);
  const warning = Number(body.dataset.warning || 20);
  const dialog = document.getElementById('kiosk-idle');
  const seconds = document.getElementById('kiosk-idle-seconds');
  const endForm = document.getElementById('kiosk-end');
  let left = idle;

  // Every touch, key or scan starts the idle time again; the server keeps its own count (KioskIdle).
  function touched() {
    left = idle;
    if (dialog) { dialog.hidden = true; }
  }
  ['pointerdown', 'keydown', 'input'].forEach(function (type) {
    document.addEventListener(type, touched, true);
  });
  const stay = document.getElementById('kiosk-idle-stay');
  if (stay) { stay.addEventListener('click', touched); }
  setInterval(function () {
    left -= 1;
    if (left <= 0 && endForm) {
      endForm.submit();
      return;
    }
    if (left <= warning && dialog) {
      dialog.hidden = false;
      seconds.textContent = String(left);
      if (stay && document.activeElement !== stay) { stay.focus(); }
    }
  }, 1000);

  // The number pad: each key types into the field it serves.
  document.querySelectorAll('.kiosk-pad').forEach(function (pad) {
    const field = document.getElementById(pad.dataset.padFor);
    pad.addEventListener('click', function (event) {
      const key = event.target.closest('[data-key]');
      if (!key || !field) { return; }
      if (key.dataset.key === 'back') {
        field.value = field.value.slice(0, -1);
      } else if (!field.maxLength || field.maxLength < 0 || field.value.length < field.maxLength) {
        field.value += key.dataset.key;
      }
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  });

  // A handheld scanner types like a keyboard: its field takes the focus back whenever nothing else is being typed in.
  const scan = document.querySelector('[data-scanner]');
  if (scan) {
    const refocus = function () {
      const active = document.activeElement;
      if (!active || active === body || !active.matches('input, textarea, select')) { scan.focus(); }
    };
    scan.focus();
    document.addEventListener('click', function () { setTimeout(refocus, 0); });
    setInterval(refocus, 1000);
  }
}());
