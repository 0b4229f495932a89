namespace LinkJ.Partnerships.Web.Data;

/// <summary>
/// Turns a search word into a LIKE pattern that matches it literally anywhere in a text, escaped with
/// <see cref="Escape"/>. Words come from <see cref="RegistryTextSearch.Words"/>, which has dropped control characters.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    /// <summary>The text exactly as typed, anywhere in a value: LIKE's wildcards and the escape itself are escaped.</summary>
    public static string Literal(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
