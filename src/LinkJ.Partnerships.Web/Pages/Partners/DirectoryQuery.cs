using System.Globalization;
using System.Text;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Pages.Partners;

public enum DirectoryStatus
{
    InForce,
    Ended,
}

public enum DirectorySort
{
    Name,
    Country,
    FirstAgreement,
    Newest,
}

/// <summary>
/// What a visitor asked the directory for, read leniently from the query string: a value the directory does not
/// know (an unknown country, a misspelt type, page=abc) is dropped and named in <see cref="Ignored"/>, so every
/// link still shows a sensible page instead of an error.
/// </summary>
public sealed record DirectoryQuery
{
    public const int MaxTextLength = 100;
    public const int MaxTerms = 8;

    public string? Text { get; init; }

    public string? Country { get; init; }

    public AgreementType? Type { get; init; }

    public OrganizationKind? Kind { get; init; }

    public DirectoryStatus? Status { get; init; }

    public DirectorySort Sort { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>The search split into words, each of which must match somewhere.</summary>
    public IReadOnlyList<string> Terms =>
        RegistryTextSearch.Words(Text).Take(MaxTerms).ToList();

    public bool IsFiltered => Text is not null || Country is not null || Type is not null || Kind is not null || Status is not null;

    public static DirectoryQuery From(string? text, string? country, string? type, string? kind, string? status, string? sort, string? page, string? size)
    {
        var ignored = new List<string>();
        T? Parse<T>(string name, string? value, Func<string, T?> parse)
            where T : struct
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var parsed = parse(value.Trim());
            if (parsed is null)
            {
                ignored.Add(name);
            }

            return parsed;
        }

        var countryCode = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        if (countryCode is not null && !Countries.IsValid(countryCode))
        {
            ignored.Add("country");
            countryCode = null;
        }

        return new DirectoryQuery
        {
            Text = CleanText(text),
            Country = countryCode,
            Type = Parse("type", type, NamedValue<AgreementType>),
            Kind = Parse("kind", kind, NamedValue<OrganizationKind>),
            Status = Parse("status", status, value => SlugOf(value) switch
            {
                "in-force" => DirectoryStatus.InForce,
                "ended" => DirectoryStatus.Ended,
                _ => (DirectoryStatus?)null,
            }),
            Sort = Parse("sort", sort, value => Enum.GetValues<DirectorySort>().Cast<DirectorySort?>().FirstOrDefault(s => ValueOf(s!.Value) == SlugOf(value))) ?? DirectorySort.Name,
            Page = Parse("page", page, Number),
            PageSize = Parse("size", size, Number),
            Ignored = ignored,
        };
    }

    /// <summary>The value this directory writes into links for a sort order ("first-agreement").</summary>
    public static string ValueOf(DirectorySort sort) => sort switch
    {
        DirectorySort.Country => "country",
        DirectorySort.FirstAgreement => "first-agreement",
        DirectorySort.Newest => "newest",
        _ => "name",
    };

    public static string ValueOf(DirectoryStatus status) => status == DirectoryStatus.InForce ? "in-force" : "ended";

    /// <summary>
    /// Trimmed, width-folded (full-width "ＭＯＵ" is "MOU"), inner spaces collapsed, control characters dropped,
    /// and cut to <see cref="MaxTextLength"/>: a 10,000-character search is answered from its start.
    /// </summary>
    private static string? CleanText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = text.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(Math.Min(folded.Length, MaxTextLength));
        foreach (var c in folded)
        {
            if (kept.Length >= MaxTextLength)
            {
                break;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (kept.Length > 0 && kept[^1] != ' ')
                {
                    kept.Append(' ');
                }
            }
            else
            {
                kept.Append(c);
            }
        }

        // The cut may fall between the two halves of a surrogate pair.
        if (kept.Length > 0 && char.IsHighSurrogate(kept[^1]))
        {
            kept.Length--;
        }

        var cleaned = kept.ToString().Trim();

        return cleaned.Length == 0 ? null : cleaned;
    }

    private static T? NamedValue<T>(string value)
        where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(v.ToString(), value, StringComparison.OrdinalIgnoreCase));

    private static int? Number(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string SlugOf(string value) => value.Trim().ToLowerInvariant();
}
