namespace SiteGen.BrowserTests.Support;

/// <summary>Checks on where things end up on screen.</summary>
public static class Layout
{
    /// <summary>
    /// Fails when an element is hidden behind the sticky site header. Being "in the viewport" is not enough: a heading
    /// the reader jumped to, or the table of contents, can be in the viewport and still covered by the header.
    /// </summary>
    public static async Task AssertNotUnderHeaderAsync(ILocator element, string what)
    {
        var gap = await element.EvaluateAsync<double>(
            "el => el.getBoundingClientRect().top - document.querySelector('.site-header').getBoundingClientRect().bottom");
        Assert.True(gap >= 0, $"{what} is {-gap:0}px under the sticky header");
    }
}
