// The hall's display board: follows /api/v1/hall/board/stream, shows each call and queue, and speaks the calls
// (请A023号到A01号窗口办理) with the browser's speech synthesis once the screen's button has switched it on.
(function () {
  'use strict';
  var root = document.getElementById('hall-board');
  if (!root || !window.EventSource) { return; }
  var live = document.getElementById('board-live');
  var latest = document.getElementById('board-latest');
  var speechButton = document.getElementById('board-speech');
  var speaking = false;

  function sayText(call) {
    return root.getAttribute('data-say').replace('{0}', call.number).replace('{1}', call.counter);
  }

  function row(tbody, key, value) {
    var tr = tbody.querySelector('tr[data-' + key + '="' + value + '"]');
    return tr;
  }

  function showCall(call) {
    var tbody = document.getElementById('board-calls');
    var tr = row(tbody, 'counter', call.counter);
    if (!tr) {
      tr = document.createElement('tr');
      tr.setAttribute('data-counter', call.counter);
      var th = document.createElement('th');
      th.setAttribute('scope', 'row');
      th.textContent = call.counter;
      tr.appendChild(th);
      tr.appendChild(document.createElement('td'));
    }
    tr.querySelector('td').textContent = call.number;
    tbody.insertBefore(tr, tbody.firstChild);
    tr.classList.add('hall-flash');
    setTimeout(function () { tr.classList.remove('hall-flash'); }, 3000);
  }

  function showQueue(q) {
    var tr = row(document.getElementById('board-queues'), 'type', q.type);
    if (!tr) { return; }
    tr.querySelector('[data-cell="waiting"]').textContent = q.waiting;
    if (q.estimatedMinutes !== undefined) {
      tr.querySelector('[data-cell="estimate"]').textContent = q.estimatedMinutes;
    }
  }

  function speak(text) {
    if (!speaking || !window.speechSynthesis) { return; }
    var u = new SpeechSynthesisUtterance(text);
    u.lang = root.getAttribute('data-lang');
    window.speechSynthesis.speak(u);
  }

  speechButton.addEventListener('click', function () {
    speaking = !speaking;
    speechButton.setAttribute('aria-pressed', String(speaking));
    speechButton.textContent = speechButton.getAttribute(speaking ? 'data-on' : 'data-off');
    if (speaking) { speak(''); }
  });

  var source = new EventSource(root.getAttribute('data-stream'));
  source.addEventListener('open', function () {
    live.textContent = live.getAttribute('data-live');
    live.className = 'tag green';
  });
  source.addEventListener('error', function () {
    live.textContent = live.getAttribute('data-offline');
    live.className = 'tag amber';
  });
  source.addEventListener('board', function (e) {
    var data = JSON.parse(e.data);
    data.calls.slice().reverse().forEach(showCall);
    data.queues.forEach(showQueue);
  });
  source.addEventListener('call', function (e) {
    var call = JSON.parse(e.data);
    showCall(call);
    showQueue({ type: call.type, waiting: call.waiting, estimatedMinutes: call.estimatedMinutes });
    var text = sayText(call);
    latest.textContent = text;
    speak(text);
  });
  source.addEventListener('queue', function (e) {
    showQueue(JSON.parse(e.data));
  });
})();
