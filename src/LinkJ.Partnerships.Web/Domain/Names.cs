namespace LinkJ.Partnerships.Web.Domain;

public static class Names
{
    /// <summary>The form in which two names count as the same: trimmed, inner spaces collapsed, upper case.</summary>
    public static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    public static string Clean(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
