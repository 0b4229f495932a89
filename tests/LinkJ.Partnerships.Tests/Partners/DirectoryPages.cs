using AngleSharp.Html.Dom;

namespace LinkJ.Partnerships.Tests.Partners;

/// <summary>Reads the directory and profile pages the way a visitor sees them.</summary>
public static class DirectoryPages
{
    /// <summary>The slugs of the listed partners, in the order shown.</summary>
    public static List<string> Slugs(this IHtmlDocument page) =>
        page.QuerySelectorAll("table.directory-table tbody tr").Select(row => row.GetAttribute("data-slug")!).ToList();

    public static string ResultCount(this IHtmlDocument page) =>
        page.QuerySelector("#result-count")!.TextContent.Trim();

    public static string MainText(this IHtmlDocument page) => page.QuerySelector("main")!.TextContent;
}
