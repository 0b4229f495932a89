using System.Globalization;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>The map's classes: a country is shaded darker the more listed partners it has.</summary>
public static class MapShading
{
    /// <summary>Each class's lowest count, its fill, and its legend label's text; the last class has no upper bound.</summary>
    public static readonly IReadOnlyList<ShadingClass> Classes =
    [
        new(1, 1, "#9ecae1"),
        new(2, 4, "#4292c6"),
        new(5, 9, "#2171b5"),
        new(10, null, "#08306b"),
    ];

    public const string Land = "#dde1e6";

    public static ShadingClass For(int partners) => Classes.Last(c => partners >= c.From);

    /// <summary>Listed partners per country, most first, then by the country's name in the page's language.</summary>
    public static IReadOnlyList<CountryCount> Count(DirectorySnapshot snapshot) =>
        snapshot.ByName
            .Where(p => p.CountryCode is not null)
            .GroupBy(p => p.CountryCode!, StringComparer.Ordinal)
            .Select(g => new CountryCount(g.Key, Domain.Countries.NameOf(g.Key), g.Count()))
            .OrderByDescending(c => c.Partners)
            .ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
}

public sealed record ShadingClass(int From, int? To, string Fill)
{
    public string Range => To == From ? From.ToString(CultureInfo.CurrentCulture)
        : To is { } to ? string.Create(CultureInfo.CurrentCulture, $"{From}–{to}")
        : string.Create(CultureInfo.CurrentCulture, $"{From}+");
}

public sealed record CountryCount(string Code, string Name, int Partners)
{
    public string DirectoryLink => "/partners?country=" + Code;

    public ShadingClass Shading => MapShading.For(Partners);
}
