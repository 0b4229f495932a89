using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// What the registry already knows that a release is read against: the organizations its parties may be, and the
/// home organization's numbered partners, whose dates bound a year the release leaves out.
/// </summary>
public sealed record ImportContext(IReadOnlyList<KnownOrganization> Organizations, IReadOnlyList<KnownPartner> Partners)
{
    public static ImportContext Empty { get; } = new([], []);

    public KnownOrganization? Home => Organizations.FirstOrDefault(o => o.IsHome);
}

public sealed record KnownOrganization(
    string Slug,
    string Name,
    string? ShortName = null,
    string? LocalName = null,
    string? CountryCode = null,
    OrganizationKind Kind = OrganizationKind.Company,
    bool IsHome = false)
{
    /// <summary>The name a release usually writes: the short name when there is one.</summary>
    public string Display => ShortName ?? Name;
}

/// <summary>An agreement of the home organization's that carries a partner ordinal ("the 14th cooperation partner").</summary>
public sealed record KnownPartner(int Ordinal, DateOnly EffectiveOn, string Partner, bool YearInferred = false);
