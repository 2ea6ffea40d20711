using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>Mistakes in a site's theme: a template override that does not compile, and a theme that does not exist.</summary>
public class TemplateDiagnosticsTests
{
    [Fact]
    public void UnclosedBlockInPageTemplateOverrideIsReportedInThatFile()
    {
        using var site = new TestSite();
        site.Write("theme/templates/page.hbs", "{{#if Title}}<h1>");
        var result = site.Build();
        var error = BuildAssert.SingleError(result);
        // The unclosed '{{#if' opens the file.
        DiagnosticAssert.At(error, "SG4001", "theme/templates/page.hbs", 1, 1);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void UnclosedBlockOnALaterLineIsReportedAtTheBlock()
    {
        using var site = new TestSite();
        site.Write("theme/templates/page.hbs", """
            <article class="page">
              <h1>{{Title}}</h1>
              {{#if Summary}}<p class="lead">{{Summary}}</p>
              <div class="prose">{{{Html}}}</div>
            </article>
            """);
        // line 3: two spaces, then '{{#if Summary}}' from column 3, never closed.
        var error = BuildAssert.SingleError(site.Build());
        DiagnosticAssert.At(error, "SG4001", "theme/templates/page.hbs", 3, 3);
    }

    [Fact]
    public void APrintTemplateThatFailsIsReportedForEachPacketTheSameInEveryBuild()
    {
        using var site = new TestSite();
        site.Write("theme/templates/print.hbs", "<h1>{{Title}}</h1>\n{{nosuchhelper Title}}");

        var first = site.Build();
        var second = site.Build();

        // The packets are made several at once, each reporting on its own: the whole handbook's and each role's, in order.
        var errors = first.Diagnostics.Where(d => d.Code == "SG4002").ToList();
        Assert.Equal(1 + 2, errors.Count);
        Assert.All(errors, error => Assert.Equal("theme/templates/print.hbs", error.Span?.File));
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void UnknownThemeIsReportedAtTheThemeSetting()
    {
        using var site = new TestSite();
        site.Write("sitegen.yml", """
            title: Test Handbook
            description: A handbook for tests
            base_url: /
            theme: nosuch
            """);
        // line 4: 'theme:' in columns 1-6, a space, 'nosuch' from column 8.
        var result = site.Build();
        var error = BuildAssert.SingleError(result);
        DiagnosticAssert.At(error, "SG1003", "sitegen.yml", 4, 8);
        Assert.Contains("nosuch", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }
}
