namespace SiteGen.BrowserTests.Support;

/// <summary>
/// Records what a page logs and requests from the moment it is attached, so a test can check afterwards that nothing
/// went wrong and that the site fetched nothing from elsewhere (a handbook must work offline and leak nothing).
/// </summary>
public sealed class PageWatch
{
    // Playwright raises events on its own thread, so the lists are locked.
    private readonly object gate = new();
    private readonly List<string> errors = [];
    private readonly List<string> requests = [];

    public PageWatch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Add(errors, $"console error: {message.Text} (at {message.Location})");
        };
        page.PageError += (_, error) => Add(errors, $"uncaught error: {error}");
        page.Request += (_, request) => Add(requests, request.Url);
        page.RequestFailed += (_, request) => Add(errors, $"request failed: {request.Url} ({request.Failure})");
    }

    public void AssertClean(string origin, string what)
    {
        lock (gate)
        {
            Assert.True(errors.Count == 0, $"{what}:\n  " + string.Join("\n  ", errors));
            var elsewhere = requests.Where(url => !url.StartsWith(origin + "/", StringComparison.Ordinal)).ToList();
            Assert.True(elsewhere.Count == 0, $"{what} requested addresses outside {origin}:\n  " + string.Join("\n  ", elsewhere));
            // Guards the check itself: a watch that saw no request at all was not attached to the page it was meant for.
            Assert.True(requests.Count > 0, $"{what}: no request was recorded");
        }
    }

    private void Add(List<string> list, string entry)
    {
        lock (gate) list.Add(entry);
    }
}
