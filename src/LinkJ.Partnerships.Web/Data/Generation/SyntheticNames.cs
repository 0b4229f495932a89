using LinkJ.Partnerships.Web.Domain;
using static LinkJ.Partnerships.Web.Data.Generation.SyntheticVocabulary;

namespace LinkJ.Partnerships.Web.Data.Generation;

/// <summary>Plausible organization and person names, Japanese (with a local name) or foreign, drawn from one seeded random.</summary>
internal sealed class SyntheticNames(Random random)
{
    public sealed record OrganizationName(string Name, string? LocalName, string CountryCode, string City);

    public sealed record PersonName(string Name, string? LocalName);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public int Next(int max) => random.Next(max);

    public bool Chance(double probability) => random.NextDouble() < probability;

    public OrganizationKind Kind() => random.Next(100) switch
    {
        < 35 => OrganizationKind.Company,
        < 50 => OrganizationKind.University,
        < 64 => OrganizationKind.HospitalOrResearchInstitute,
        < 74 => OrganizationKind.Association,
        < 80 => OrganizationKind.IndustryCluster,
        < 86 => OrganizationKind.EmbassyOrGovernment,
        < 92 => OrganizationKind.PrefectureOrMunicipality,
        < 96 => OrganizationKind.Alliance,
        _ => OrganizationKind.Ministry,
    };

    /// <summary>About half the partners are Japanese; embassies are always foreign.</summary>
    public OrganizationName Organization(OrganizationKind kind) =>
        kind != OrganizationKind.EmbassyOrGovernment && Chance(0.5) ? Japanese(kind) : Foreign(kind);

    public PersonName Person(bool japanese)
    {
        if (japanese)
        {
            var family = Pick(JapaneseFamilyNames);
            var given = Pick(JapaneseGivenNames);
            return new($"{given.Latin} {family.Latin}", $"{family.Japanese} {given.Japanese}");
        }

        return new($"{Pick(GivenNames)} {Pick(FamilyNames)}", null);
    }

    private OrganizationName Japanese(OrganizationKind kind)
    {
        var word = Pick(JapaneseWords);
        var city = Pick(JapaneseCities);
        var field = Pick(Fields);
        var (name, local) = kind switch
        {
            OrganizationKind.Company when Chance(0.5) => ($"{word.Latin} {field.Latin} Co., Ltd.", $"株式会社{word.Japanese}{field.Japanese}"),
            OrganizationKind.Company => ($"{word.Latin} {field.Latin} Inc.", $"{word.Japanese}{field.Japanese}株式会社"),
            OrganizationKind.University when Chance(0.4) => ($"{city.Latin} Medical University", $"{city.Japanese}医科大学"),
            OrganizationKind.University => ($"{word.Latin} University of {city.Latin}", $"{city.Japanese}{word.Japanese}大学"),
            OrganizationKind.HospitalOrResearchInstitute when Chance(0.5) => ($"{city.Latin} {word.Latin} General Hospital", $"{city.Japanese}{word.Japanese}総合病院"),
            OrganizationKind.HospitalOrResearchInstitute => ($"{city.Latin} Institute of {field.Latin}", $"{city.Japanese}{field.Japanese}研究所"),
            OrganizationKind.Association => ($"Japan {field.Latin} Association", $"日本{field.Japanese}協会"),
            OrganizationKind.IndustryCluster => ($"{city.Latin} {field.Latin} Cluster", $"{city.Japanese}{field.Japanese}クラスター"),
            OrganizationKind.PrefectureOrMunicipality => ($"City of {city.Latin}", $"{city.Japanese}市"),
            OrganizationKind.Alliance => ($"{word.Latin} {field.Latin} Alliance", $"{word.Japanese}{field.Japanese}アライアンス"),
            _ => ($"Agency for {field.Latin} Promotion", $"{field.Japanese}振興機構"),
        };
        return new(name, local, "JP", city.Latin);
    }

    private OrganizationName Foreign(OrganizationKind kind)
    {
        var country = Pick(ForeignCountries);
        var city = Pick(country.Cities);
        var countryName = Countries.EnglishNameOf(country.Code);
        var field = Pick(Fields).Latin;
        var name = kind switch
        {
            OrganizationKind.Company when Chance(0.5) => $"{Pick(LatinWords)} {field} {country.CompanySuffix}",
            OrganizationKind.Company => $"{Pick(FamilyNames)} {field} {country.CompanySuffix}",
            OrganizationKind.University when Chance(0.5) => $"University of {city}",
            OrganizationKind.University => $"{city} Institute of Technology",
            OrganizationKind.HospitalOrResearchInstitute when Chance(0.5) => $"{city} University Hospital",
            OrganizationKind.HospitalOrResearchInstitute => $"{Pick(LatinWords)} Institute for {field}",
            OrganizationKind.Association => $"{countryName} {field} Association",
            OrganizationKind.IndustryCluster => $"{city} {field} Cluster",
            OrganizationKind.EmbassyOrGovernment when Chance(0.5) => $"Embassy of {countryName} in Japan",
            OrganizationKind.EmbassyOrGovernment => $"{countryName} Trade and Investment Office, Tokyo",
            OrganizationKind.PrefectureOrMunicipality => $"City of {city}",
            OrganizationKind.Alliance => $"{Pick(LatinWords)} {field} Alliance",
            _ => $"Ministry of Health of {countryName}",
        };
        return new(name, null, country.Code, kind == OrganizationKind.EmbassyOrGovernment ? "Tokyo" : city);
    }
}
