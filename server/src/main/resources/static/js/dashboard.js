// The supervision dashboard's charts (Apache ECharts) and the wall screen's live figures (server-sent events).
// The figures come as JSON in #dashboard-data; the tables beside the charts carry the same figures for every reader.
(function () {
  'use strict';

  var data = document.getElementById('dashboard-data');
  if (!data) {
    return;
  }
  var figures = JSON.parse(data.textContent || '{}');
  var charts = {};

  function chart(id) {
    var element = document.getElementById(id);
    if (!element || typeof echarts === 'undefined') {
      return null;
    }
    if (!charts[id]) {
      charts[id] = echarts.init(element, null, { renderer: 'canvas' });
      window.addEventListener('resize', function () { charts[id].resize(); });
    }
    return charts[id];
  }

  function drawLights(f) {
    var c = chart('lights-chart');
    if (!c) {
      return;
    }
    var names = f.departments.map(function (d) { return d.name; });
    function series(key, colour) {
      return { name: f.labels[key], type: 'bar', stack: 'lights', itemStyle: { color: colour },
        data: f.departments.map(function (d) { return d[key]; }) };
    }
    c.setOption({
      animation: false,
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names, inverse: true },
      series: [series('green', '#1e7b45'), series('yellow', '#c98a00'), series('red', '#c0392b'), series('owed', '#6b4fa0')]
    }, true);
  }

  function drawTrend(f) {
    var c = chart('trend-chart');
    if (!c) {
      return;
    }
    c.setOption({
      animation: false,
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: f.trend.map(function (m) { return m.month; }) },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100 }],
      series: [
        { name: f.labels.answered, type: 'bar', data: f.trend.map(function (m) { return m.answered; }), itemStyle: { color: '#1f5fbf' } },
        { name: f.labels.late, type: 'bar', data: f.trend.map(function (m) { return m.late; }), itemStyle: { color: '#c0392b' } },
        { name: f.labels.onTimeRate, type: 'line', yAxisIndex: 1, data: f.trend.map(function (m) { return m.onTimeRate; }),
          itemStyle: { color: '#1e7b45' } }
      ]
    }, true);
  }

  // The wall screen: numbers and rows follow the events; text is set with textContent only.
  function updateWall(f) {
    document.querySelectorAll('[data-figure]').forEach(function (el) {
      var value = f[el.getAttribute('data-figure')];
      if (value !== undefined) {
        el.textContent = String(value);
      }
    });
    var rows = document.getElementById('wall-rows');
    if (rows) {
      rows.textContent = '';
      f.departments.forEach(function (d) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-department', d.code);
        var th = document.createElement('th');
        th.setAttribute('scope', 'row');
        th.textContent = d.name;
        tr.appendChild(th);
        ['green', 'yellow', 'red', 'owed'].forEach(function (key) {
          var td = document.createElement('td');
          td.setAttribute('data-light', key);
          td.textContent = String(d[key]);
          tr.appendChild(td);
        });
        rows.appendChild(tr);
      });
    }
    var asOf = document.getElementById('wall-as-of');
    if (asOf && f.asOf) {
      asOf.setAttribute('data-as-of', f.asOf);
    }
  }

  function draw(f) {
    drawLights(f);
    drawTrend(f);
  }

  draw(figures);

  var wall = document.querySelector('main.wall[data-stream]');
  if (wall && typeof EventSource !== 'undefined') {
    var live = document.getElementById('wall-live');
    var source = new EventSource(wall.getAttribute('data-stream'));
    source.addEventListener('figures', function (event) {
      var f = JSON.parse(event.data);
      updateWall(f);
      draw(f);
      if (live) {
        live.textContent = live.getAttribute('data-live');
        live.className = 'tag green';
      }
      wall.setAttribute('data-updates', String(Number(wall.getAttribute('data-updates') || '0') + 1));
    });
    source.addEventListener('error', function () {
      if (live) {
        live.textContent = live.getAttribute('data-offline');
        live.className = 'tag amber';
      }
    });
  }
})();
