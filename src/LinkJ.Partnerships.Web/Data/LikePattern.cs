namespace LinkJ.Partnerships.Web.Data;

/// <summary>
/// Turns what someone typed into a LIKE pattern that matches it literally anywhere in a text, escaped with
/// <see cref="Escape"/>. Control characters are dropped: they never help a search, and SQLite rejects a NUL.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Containing(string text)
    {
        var clean = new string(text.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return Literal(clean);
    }

    /// <summary>The text exactly as typed, anywhere in a value: LIKE's wildcards and the escape itself are escaped.</summary>
    public static string Literal(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
