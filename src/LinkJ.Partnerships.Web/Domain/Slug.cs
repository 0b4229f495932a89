using System.Globalization;
using System.Text;

namespace LinkJ.Partnerships.Web.Domain;

/// <summary>URL slugs: lower-case ASCII letters and digits separated by single hyphens.</summary>
public static class Slug
{
    public const int MaxLength = 100;

    /// <summary>Addresses under /partners/ that are pages, not profiles: an organization cannot take them as its slug.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "map" };

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength &&
        slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') &&
        !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);

    /// <summary>Makes a slug from a name; accents are dropped and other scripts are skipped.</summary>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(lower);
            }
            else if (lower is 'ø')
            {
                builder.Append('o');
            }
            else if (lower is 'æ')
            {
                builder.Append("ae");
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return slug;
    }
}
