namespace SiteGen.Cli.Serve;

/// <summary>The script the dev server adds to every page: reloads after a good rebuild, shows the diagnostics of a failed one.</summary>
public static class LiveReloadScript
{
    public const string Source = """
        (function () {
          "use strict";
          var script = document.currentScript;
          var served = script ? Number(script.getAttribute("data-version")) : 0;
          var overlay = null;
          function hide() { if (overlay) { overlay.remove(); overlay = null; } }
          function show(errors) {
            hide();
            overlay = document.createElement("div");
            overlay.id = "sitegen-errors";
            overlay.setAttribute("role", "alertdialog");
            overlay.setAttribute("aria-label", "Build failed");
            overlay.style.cssText = "position:fixed;inset:0;z-index:99999;overflow:auto;background:rgba(20,0,0,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:24px";
            var title = document.createElement("h2");
            title.textContent = "Build failed: the last good version of the site is shown underneath";
            title.style.cssText = "margin:0 0 16px;color:#ff8a8a;font:600 18px/1.3 system-ui,sans-serif";
            overlay.appendChild(title);
            errors.forEach(function (e) {
              var line = document.createElement("pre");
              line.style.cssText = "white-space:pre-wrap;margin:0 0 10px";
              line.textContent = (e.file ? e.file + "(" + e.line + "," + e.column + "): " : "") + e.code + ": " + e.message;
              overlay.appendChild(line);
            });
            document.body.appendChild(overlay);
          }
          var source = new EventSource("/__sitegen/events");
          source.addEventListener("built", function (event) {
            var state = JSON.parse(event.data);
            if (state.version !== served) location.reload(); else hide();
          });
          source.addEventListener("failed", function (event) { show(JSON.parse(event.data).errors); });
        })();
        """;
}
