// "Nouvelle campagne" (views/campaigns/form.html), for people whose browser runs scripts; the form works without.
// - Shows only the fields of the chosen kind ([data-kinds]), target ([data-targets]) and URSSAF event
//   ([data-events]); hidden fields are disabled, so they are not sent.
// - A culture cheque offers only the cultural categories.
// - Once previewed, changing a field disables "Confirmer et distribuer" until the next preview.
// - While the campaign is being distributed (it may take seconds), the buttons are disabled and say so.
(function () {
    'use strict';
    var form = document.getElementById('campaign-form');
    if (!form) {
        return;
    }
    var confirm = document.getElementById('confirm-campaign');

    function checked(name) {
        var input = form.querySelector('input[name="' + name + '"]:checked');
        return input ? input.value : '';
    }

    function show(block, visible) {
        block.hidden = !visible;
        block.querySelectorAll('input, select, textarea').forEach(function (input) {
            input.disabled = !visible;
        });
    }

    function update() {
        var kind = checked('kind');
        var target = checked('target');
        var event = form.querySelector('#urssafEvent') ? form.querySelector('#urssafEvent').value : '';
        form.querySelectorAll('[data-kinds]').forEach(function (block) {
            show(block, block.dataset.kinds.split(' ').indexOf(kind) >= 0);
        });
        form.querySelectorAll('[data-targets]').forEach(function (block) {
            show(block, block.dataset.targets.split(' ').indexOf(target) >= 0);
        });
        form.querySelectorAll('[data-events]').forEach(function (block) {
            show(block, kind === 'GIFT_CHEQUE' && block.dataset.events.split(' ').indexOf(event) >= 0);
        });
        form.querySelectorAll('input[data-cultural]').forEach(function (box) {
            var offered = kind !== 'CULTURE_CHEQUE' || box.dataset.cultural === 'true';
            box.disabled = !offered;
            box.closest('.form-check').classList.toggle('opacity-50', !offered);
        });
    }

    form.addEventListener('change', function () {
        update();
        if (confirm && !confirm.disabled) {
            confirm.disabled = true;
            document.getElementById('confirm-hint').hidden = true;
            document.getElementById('confirm-stale').hidden = false;
        }
    });

    var buttons = Array.prototype.slice.call(document.querySelectorAll('button[type="submit"]'))
        .filter(function (button) { return button.form === form; });
    var rendered = buttons.map(function (button) {
        return {button: button, disabled: button.disabled, html: button.innerHTML};
    });

    // Back to this page from the browser's cache after a submit: the buttons come back as the server rendered them.
    window.addEventListener('pageshow', function (event) {
        if (event.persisted) {
            rendered.forEach(function (state) {
                state.button.disabled = state.disabled;
                state.button.innerHTML = state.html;
                state.button.removeAttribute('aria-busy');
            });
        }
    });

    form.addEventListener('submit', function (event) {
        var busy = event.submitter === confirm;
        // After the browser has read the pressed button, so that its formaction still applies.
        setTimeout(function () {
            buttons.forEach(function (button) { button.disabled = true; });
            if (busy) {
                confirm.setAttribute('aria-busy', 'true');
                confirm.innerHTML = '<span class="spinner-border spinner-border-sm me-2" aria-hidden="true"></span>';
                confirm.appendChild(document.createTextNode(confirm.dataset.busyText));
            }
        }, 0);
    });

    update();
}());
