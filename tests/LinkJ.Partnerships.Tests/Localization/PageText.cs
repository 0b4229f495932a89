using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace LinkJ.Partnerships.Tests.Localization;

/// <summary>
/// What a rendered page says in its own language: its text and readable attributes, without the parts marked with a
/// lang of their own, and without the audit trail's recorded old and new values (del and ins), which are data.
/// </summary>
internal static partial class PageText
{
    private static readonly string[] ReadableAttributes = ["aria-label", "placeholder", "title", "alt", "content"];

    public static IReadOnlyList<string> InPageLanguage(IHtmlDocument page)
    {
        var body = (IElement)page.DocumentElement.Clone(deep: true);
        foreach (var marked in body.QuerySelectorAll("body [lang], script, style, del, ins").ToList())
        {
            marked.Remove();
        }

        var texts = new List<string>();
        foreach (var element in body.QuerySelectorAll("*"))
        {
            texts.AddRange(element.ChildNodes.OfType<IText>().Select(t => Normalize(t.Data)).Where(t => t.Length > 0));
            texts.AddRange(ReadableAttributes.Select(element.GetAttribute).OfType<string>().Select(Normalize).Where(t => t.Length > 0));
        }

        return texts;
    }

    public static bool HasJapaneseScript(string text) => JapaneseScript().IsMatch(text);

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseScript();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
