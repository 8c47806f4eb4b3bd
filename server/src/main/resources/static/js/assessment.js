// The assessment page's chart (Apache ECharts): each unit's score, the best first, coloured by grade. The table
// beside it carries the same figures for every reader.
(function () {
  'use strict';

  var data = document.getElementById('assessment-data');
  var element = document.getElementById('assessment-chart');
  if (!data || !element || typeof echarts === 'undefined') {
    return;
  }
  var figures = JSON.parse(data.textContent || '{}');
  var colours = { EXCELLENT: '#1e7b34', GOOD: '#1f5fbf', PASS: '#9a6700', FAIL: '#c0392b' };
  var units = (figures.units || []).slice().reverse();
  // one bar a unit, of a readable height however few or many they are
  element.style.height = Math.max(140, 36 * units.length + 60) + 'px';
  var chart = echarts.init(element, null, { renderer: 'canvas' });
  window.addEventListener('resize', function () { chart.resize(); });
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 40, top: 10, bottom: 10, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: units.map(function (u) { return u.name; }) },
    series: [{
      name: figures.scoreLabel, type: 'bar',
      data: units.map(function (u) { return { value: u.score, itemStyle: { color: colours[u.grade] } }; }),
      barMaxWidth: 24, label: { show: true, position: 'right' }
    }]
  });
}());
