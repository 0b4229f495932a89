using System.Text;
using System.Text.RegularExpressions;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// A release as paragraphs and sentences: the headline (a short first line that is not a sentence), the dateline
/// (a date that opens the text, "date 2023-06-14", "TOKYO, June 14, 2023 —", "2020年11月20日"), and the
/// "About …" sections at the end, which describe the organizations rather than the agreement.
/// </summary>
public sealed partial class ReleaseDocument
{
    private ReleaseDocument(List<string> paragraphs, string? headline, DateMention? dateline, string? datelineText, string? ownUrl)
    {
        Paragraphs = paragraphs;
        Headline = headline;
        Dateline = dateline;
        DatelineText = datelineText;
        OwnUrl = ownUrl;
        IsJapanese = paragraphs.Sum(p => p.Count(IsKana)) > 20;
        var aboutStart = paragraphs.FindIndex(p => AboutHeading().IsMatch(p));
        Body = aboutStart < 0 ? paragraphs : paragraphs[..aboutStart];
        Sentences = [.. Body.SelectMany(SplitSentences)];
    }

    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>The paragraphs before the first "About …" section.</summary>
    public IReadOnlyList<string> Body { get; }

    public IReadOnlyList<string> Sentences { get; }

    public string? Headline { get; }

    public DateMention? Dateline { get; }

    public string? DatelineText { get; }

    /// <summary>The release's own address, when its HTML names one (canonical link, og:url).</summary>
    public string? OwnUrl { get; }

    public bool IsJapanese { get; }

    /// <summary>The text as it was given.</summary>
    public string Original { get; private init; } = string.Empty;

    public string Text => string.Join("\n\n", Paragraphs);

    public static ReleaseDocument Parse(string text, string? ownUrl = null, string? publishedTime = null)
    {
        var paragraphs = Paragraphize(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        var (dateline, datelineText) = FindDateline(paragraphs);
        if (dateline is null && publishedTime is not null && DateMention.FindAll(publishedTime).FirstOrDefault() is { } meta)
        {
            (dateline, datelineText) = (meta, publishedTime);
        }

        return new ReleaseDocument(paragraphs, FindHeadline(paragraphs), dateline, datelineText, ownUrl) { Original = text };
    }

    /// <summary>The sections "About X" / 「X について」 that follow the body, each with its heading.</summary>
    public IEnumerable<(string Heading, IReadOnlyList<string> Paragraphs)> AboutSections()
    {
        var starts = Paragraphs.Select((p, i) => (p, i)).Where(x => AboutHeading().IsMatch(x.p)).Select(x => x.i).ToList();
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : Paragraphs.Count;
            yield return (Paragraphs[starts[k]], [.. Paragraphs.Skip(starts[k]).Take(end - starts[k])]);
        }
    }

    private static bool IsKana(char c) => c is >= '\u3040' and <= '\u30FF';

    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';

    private static List<string> Paragraphize(string text)
    {
        var paragraphs = new List<string>();
        foreach (var block in BlankLines().Split(text))
        {
            var current = new StringBuilder();
            foreach (var raw in block.Split('\n'))
            {
                var line = Clean(raw);
                if (line.Length == 0)
                {
                    continue;
                }

                if (current.Length > 0 && !Continues(current.ToString(), line))
                {
                    paragraphs.Add(current.ToString());
                    current.Clear();
                }

                if (current.Length > 0 && !(IsCjk(current[^1]) && IsCjk(line[0])))
                {
                    current.Append(' ');
                }

                current.Append(line);
            }

            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString());
            }
        }

        return paragraphs;
    }

    /// <summary>A hard-wrapped line goes on (a lowercase start, a trailing comma or hyphen, or a long unfinished Japanese line).</summary>
    private static bool Continues(string previous, string line) =>
        char.IsLower(line[0])
        || previous[^1] is ',' or '-' or '、'
        || (IsCjk(line[0]) && previous.Length >= 30 && previous[^1] is not ('。' or '」' or '）' or ')' or '!' or '！'));

    private static string Clean(string line)
    {
        line = line.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
        line = Markers().Replace(line, string.Empty);
        line = TrailingDashes().Replace(line, string.Empty);
        return Spaces().Replace(line, " ").Trim();
    }

    private static string? FindHeadline(List<string> paragraphs) =>
        paragraphs.Take(4)
            .Where(p => !Boilerplate().IsMatch(p))
            .FirstOrDefault(p => p.Length is > 10 and <= 200 && p[^1] is not ('.' or '。') && !DatelineOnly(p))
            is { } headline && paragraphs.IndexOf(headline) <= 2 ? headline : null;

    private static bool DatelineOnly(string paragraph) =>
        DateMention.FindAll(paragraph).FirstOrDefault() is { } d && d.Index <= 40 && paragraph[d.End..].Trim(' ', '-', '–', '—', ':', '：').Length == 0;

    private static (DateMention?, string?) FindDateline(List<string> paragraphs)
    {
        for (var i = 0; i < Math.Min(4, paragraphs.Count); i++)
        {
            var paragraph = paragraphs[i];
            if (DateMention.FindAll(paragraph).FirstOrDefault() is not { Year: not null } date || date.Index > 40
                || !DatelinePrefix().IsMatch(paragraph[..date.Index]))
            {
                continue;
            }

            var rest = paragraph[date.End..].TrimStart(' ', '-', '–', '—', ':', '：', '/');
            var datelineText = paragraph[..date.End].Trim();
            if (rest.Length == 0)
            {
                paragraphs.RemoveAt(i);
            }
            else
            {
                paragraphs[i] = rest;
            }

            return (date with { Index = 0 }, datelineText);
        }

        return (null, null);
    }

    private static IEnumerable<string> SplitSentences(string paragraph) =>
        SentenceEnd().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^(?:#+|>|[-*•■●◆◇□・]|--+|—)\s*|^\s*[-*]\s+")]
    private static partial Regex Markers();

    [GeneratedRegex(@"\s*(?:--+|—)\s*$")]
    private static partial Regex TrailingDashes();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:press release|news release|news|for immediate release|報道関係者各位|プレスリリース|ニュースリリース|報道発表)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"^[\W_]*(?:(?:date[d]?|published(?: on)?|release date|press release|news release|for immediate release|発表日|配信日|公開日|報道関係者各位|プレスリリース)\W*)?(?:[A-Z][A-Za-z .]*,\s*)?[\W_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DatelinePrefix();

    [GeneratedRegex(@"^(?:About\s+\S|[【\[]?.{1,60}(?:について|の概要)[】\]]?$|会社概要|団体概要)", RegexOptions.IgnoreCase)]
    private static partial Regex AboutHeading();

    [GeneratedRegex(@"(?<=[.!?])(?<!\b(?:Dr|Mr|Ms|Mrs|Prof|Inc|Co|Ltd|No|St|Jr|Sr|vs|etc|approx|Corp|Gov|Amb|[A-Z])\.)\s+(?=[“""'‘(\p{Lu}\d])|(?<=[。！？])")]
    private static partial Regex SentenceEnd();
}
