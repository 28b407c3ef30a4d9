(function () {
  var status = document.getElementById('filter-status');
  var tag = document.getElementById('filter-tag');
  var count = document.getElementById('filter-count');
  function matches(el, s, t) {
    var tags = (el.getAttribute('data-tags') || '').split(' ');
    return (!s || el.getAttribute('data-status') === s) && (!t || tags.indexOf(t) >= 0);
  }
  function apply() {
    var items = document.querySelectorAll('[data-filter]');
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var visible = matches(items[i], status.value, tag.value);
      items[i].hidden = !visible;
      if (visible && items[i].getAttribute('data-filter') === 'control') { shown++; }
    }
    count.textContent = shown + ' control(s) shown';
    try {
      history.replaceState(null, '', '#status=' + encodeURIComponent(status.value) +
        '&tag=' + encodeURIComponent(tag.value));
    } catch (e) { /* some browsers refuse replaceState on file: pages; the filter still works */ }
  }
  function select(box, value) {
    for (var i = 0; i < box.options.length; i++) {
      if (box.options[i].value === value) { box.selectedIndex = i; }
    }
  }
  var params = location.hash.replace(/^#/, '').split('&');
  for (var i = 0; i < params.length; i++) {
    var pair = params[i].split('=');
    var value = decodeURIComponent(pair[1] || '');
    if (pair[0] === 'status') { select(status, value); }
    if (pair[0] === 'tag') { select(tag, value); }
  }
  status.addEventListener('change', apply);
  tag.addEventListener('change', apply);
  document.body.setAttribute('data-filter-ready', 'true');
  apply();
})();
