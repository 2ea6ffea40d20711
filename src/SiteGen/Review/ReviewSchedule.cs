using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Link;
using SiteGen.Model;

namespace SiteGen.Review;

/// <summary>
/// The pages someone answers for: every page with an owner or a review date, by due date (so overdue ones come first), and
/// which reviews are overdue on the build's date. Without a date (an older version) nothing is overdue.
/// </summary>
public sealed class ReviewSchedule
{
    private readonly Dictionary<string, ReviewItem> _bySource;

    public ReviewSchedule(SiteGraph graph, DateOnly? today)
    {
        Today = today;
        Items = graph.Model.Pages
            .Where(p => p.FrontMatter.Owner is not null || p.FrontMatter.ReviewBy is not null)
            .Select(p => new ReviewItem(p, p.FrontMatter.Owner is { } owner ? graph.Roles.GetValueOrDefault(owner.Id) : null,
                today is { } day && p.FrontMatter.ReviewBy < day))
            .OrderBy(i => i.Page.FrontMatter.ReviewBy ?? DateOnly.MaxValue)
            .ThenBy(i => i.Page, Comparer<Page>.Create(PageOrder.Compare))
            .ToList();
        _bySource = Items.ToDictionary(i => i.Page.SourcePath, StringComparer.Ordinal);
    }

    public DateOnly? Today { get; }

    public IReadOnlyList<ReviewItem> Items { get; }

    public ReviewItem? For(string sourcePath) => _bySource.GetValueOrDefault(sourcePath);

    /// <summary>One diagnostic per overdue review, at its review_by: a warning, or an error for scheduled CI jobs that must fail.</summary>
    public void Report(bool asErrors, DiagnosticBag diagnostics)
    {
        foreach (var item in Items.Where(i => i.Overdue))
        {
            var page = item.Page;
            var owner = item.Owner is { } role ? $" (owner: {role.Title})" : "";
            var message = $"review overdue: '{page.FrontMatter.Title}' was due for review on {Day(page.FrontMatter.ReviewBy)}{owner}";
            var at = page.FrontMatter.ReviewBySpan ?? new SourceLocation(page.SourcePath, 1, 1);
            const string hint = "review the page, then set a new review_by date";
            if (asErrors) diagnostics.Error(DiagnosticCodes.ReviewOverdue, message, at, hint);
            else diagnostics.Warning(DiagnosticCodes.ReviewOverdue, message, at, hint);
        }
    }

    public static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
