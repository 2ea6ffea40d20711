using SiteGen.Link;
using SiteGen.Render.Views;
using SiteGen.Review;

namespace SiteGen.Render;

/// <summary>Plans the review page: every page with an owner or a review date, by due date, overdue first.</summary>
public sealed class ReviewPages(SiteGraph graph, JobPlanner planner)
{
    public RenderJob Plan()
    {
        var schedule = planner.Reviews;
        var items = schedule.Items.Select(item =>
        {
            var page = item.Page;
            var reviewBy = ReviewSchedule.Day(page.FrontMatter.ReviewBy);
            var status = (reviewBy, item.Overdue, schedule.Today) switch
            {
                (null, _, _) => "No review date",
                (_, true, _) => $"Overdue since {reviewBy}",
                (_, _, null) => $"Review by {reviewBy}",
                _ => $"Due {reviewBy}",
            };
            return new ReviewItemView(new LinkView(page.FrontMatter.Title, graph.Href(page.Url), page.FrontMatter.Summary),
                item.Owner is { } owner ? new LinkView(owner.Title, graph.Href(SiteUrls.Role(owner.Id))) : null,
                ReviewSchedule.Day(page.FrontMatter.Effective), reviewBy, item.Overdue, status);
        }).ToList();
        var view = new ReviewsView("Reviews", planner.ProseHtml(SiteUrls.Reviews), ReviewSchedule.Day(schedule.Today), items.Count(i => i.Overdue), items);
        return planner.Generated(SiteUrls.Reviews, "reviews", view, "Reviews", "Every page with an owner or a review date, by due date", "reviews",
            [new LinkView("Home", graph.Href(SiteUrls.Home))]);
    }
}
