using System.Net;
using System.Text.RegularExpressions;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>The text of an HTML page, one block element a paragraph, plus the address it names for itself.</summary>
public static partial class HtmlText
{
    public static string Strip(string html)
    {
        var text = Hidden().Replace(html, " ");
        text = Block().Replace(text, "\n\n");
        text = LineBreak().Replace(text, "\n");
        text = Tag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        return string.Join('\n', text.Split('\n').Select(line => Spaces().Replace(line, " ").Trim()));
    }

    /// <summary>The page's canonical or og:url address, when it gives one.</summary>
    public static string? OwnUrl(string html) =>
        Canonical().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["url"].Value) : null;

    /// <summary>The publication date from article:published_time or a &lt;time datetime&gt;, as written.</summary>
    public static string? PublishedTime(string html) =>
        Published().Match(html) is { Success: true } m ? m.Groups["date"].Value : null;

    [GeneratedRegex(@"<(script|style|noscript|template|head)\b.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"</?(p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|figcaption|figure|dd|dt)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Block();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<(?:link[^>]*rel=[""']canonical[""'][^>]*href=[""'](?<url>[^""']+)|meta[^>]*property=[""']og:url[""'][^>]*content=[""'](?<url>[^""']+))", RegexOptions.IgnoreCase)]
    private static partial Regex Canonical();

    [GeneratedRegex(@"(?:property=[""']article:published_time[""'][^>]*content=[""']|<time[^>]*datetime=[""'])(?<date>\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex Published();
}
