// A button with data-print prints the page. A listener in a file, not an onclick attribute: the
// Content-Security-Policy runs no inline script (decision 0024). Delegated, so it also works after
// enhanced navigation replaces the page's content.
document.addEventListener("click", event => {
    if (event.target instanceof Element && event.target.closest("[data-print]")) {
        window.print();
    }
});
