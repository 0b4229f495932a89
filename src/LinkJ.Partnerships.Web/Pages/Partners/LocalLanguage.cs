namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// The lang attribute for a local-language name. Only Japanese can be told from the script alone; for
/// anything else the attribute is left off rather than guessed.
/// </summary>
public static class LocalLanguage
{
    public static string? Of(string? text) =>
        text is not null && text.Any(c => c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff' or >= '\uff66' and <= '\uff9f')
            ? "ja"
            : null;
}
