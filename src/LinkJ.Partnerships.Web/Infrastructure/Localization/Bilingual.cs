using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace LinkJ.Partnerships.Web.Infrastructure.Localization;

/// <summary>
/// A field kept in English and in Japanese (an agreement's title and summary): the page's language when it has it,
/// else the other one, marked with its own lang attribute so screen readers switch voice.
/// </summary>
public static class Bilingual
{
    // As the pages' own encoder (PagesSetup): Japanese is written as text, not as numeric entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text to show and, when it is not in the page's language, the language it is in.</summary>
    public static (string? Text, string? Lang) Pick(string? english, string? japanese) => Languages.CurrentIsJapanese
        ? japanese is not null ? (japanese, null) : (english, english is null ? null : "en")
        : english is not null ? (english, null) : (japanese, japanese is null ? null : "ja");

    public static IHtmlContent Html(string? english, string? japanese)
    {
        var (text, lang) = Pick(english, japanese);
        if (text is null)
        {
            return HtmlString.Empty;
        }

        var encoded = Encoder.Encode(text);
        return new HtmlString(lang is null ? encoded : $"<span lang=\"{lang}\">{encoded}</span>");
    }
}
