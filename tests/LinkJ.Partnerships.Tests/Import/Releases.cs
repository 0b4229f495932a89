using LinkJ.Partnerships.Web.Data.Seeding;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Import;

namespace LinkJ.Partnerships.Tests.Import;

/// <summary>Where the tests find releases, and the registry they are read against.</summary>
internal static class Releases
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The seed releases live beside the clone (../shared/seeds); their text never enters the repository.</summary>
    public static string SeedFile(string name) => Path.Combine(RepositoryRoot, "..", "shared", "seeds", name);

    public static ReleaseDraft Import(string text, ImportContext? context = null) =>
        ReleaseImporter.Import(ReleaseDocument.Parse(text), context ?? SeedContext());

    /// <summary>
    /// The seed's organizations and numbered partners, plus the two earlier partners the seed README checked against
    /// public sources (Osaka Prefecture, 13th, 2020-09-07; Kanagawa Prefecture, 14th, 2020-09-18), which the registry
    /// would hold once they are entered.
    /// </summary>
    public static ImportContext SeedContext(bool withEarlierPartners = true)
    {
        var seed = RegistrySeeder.LoadEmbedded();
        var organizations = seed.Organizations
            .Select(o => new KnownOrganization(o.Slug, o.Name, o.ShortName, o.LocalName, o.Country, o.Kind, o.Slug == seed.HomeOrganization))
            .ToList();
        var partners = seed.Agreements
            .Where(a => a.PartnerOrdinal is not null)
            .Select(a => new KnownPartner(a.PartnerOrdinal!.Value, a.EffectiveOn, seed.Organizations.First(o => o.Slug == a.Parties.First(p => p.Organization != seed.HomeOrganization).Organization).Name, a.EffectiveOnInferred))
            .ToList();
        if (withEarlierPartners)
        {
            partners.Add(new KnownPartner(13, new DateOnly(2020, 9, 7), "Osaka Prefecture"));
            partners.Add(new KnownPartner(14, new DateOnly(2020, 9, 18), "Kanagawa Prefecture"));
        }

        return new ImportContext(organizations, partners);
    }

    /// <summary>A registry with only the home organization, LINK-J.</summary>
    public static ImportContext HomeOnly(params KnownPartner[] partners) =>
        new([new KnownOrganization("link-j", "Life Science Innovation Network Japan", "LINK-J", "一般社団法人ライフサイエンス・イノベーション・ネットワーク・ジャパン", "JP", OrganizationKind.Association, true)], partners);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "LinkJ.Partnerships.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("The repository root was not found.");
        }

        return directory.FullName;
    }
}
