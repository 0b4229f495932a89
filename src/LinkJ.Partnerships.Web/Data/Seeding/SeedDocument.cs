using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Data.Seeding;

/// <summary>The shape of seeds/registry.json. docs/data-model.md describes each field.</summary>
public sealed record SeedDocument(string HomeOrganization, List<SeedOrganization> Organizations, List<SeedAgreement> Agreements)
{
    /// <summary>Every organization the document names: its own, their parents, the home one, parties and people's employers.</summary>
    public List<string> Slugs() =>
    [
        .. Organizations.SelectMany(o => o.Parent is null ? [o.Slug] : new[] { o.Slug, o.Parent })
            .Append(HomeOrganization)
            .Concat(Agreements.SelectMany(a => a.Parties.Select(p => p.Organization).Concat((a.People ?? []).Select(p => p.Organization))))
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The normalized names of the people the document names.</summary>
    public List<string> PersonNames() =>
        [.. Agreements.SelectMany(a => a.People ?? []).Select(p => Names.Normalize(p.Name)).Distinct(StringComparer.Ordinal)];
}

public sealed record SeedOrganization(
    string Slug,
    string Name,
    OrganizationKind Kind,
    string? ShortName = null,
    string? LocalName = null,
    string? Country = null,
    string? City = null,
    string? Website = null,
    string? Description = null,
    DateOnly? FoundedOn = null,
    int? MemberCount = null,
    string? Parent = null,
    string? Notes = null);

/// <summary><see cref="Key"/> names the agreement for good: later seeds find it by the key, not by its facts.</summary>
public sealed record SeedAgreement(
    string Key,
    AgreementType Type,
    string Title,
    DateOnly EffectiveOn,
    List<SeedParty> Parties,
    string? Summary = null,
    string? EffectiveOnAsStated = null,
    bool EffectiveOnInferred = false,
    SeedTerm? Term = null,
    int? PartnerOrdinal = null,
    Visibility Visibility = Visibility.Public,
    string? InternalNotes = null,
    string? DataQualityNotes = null,
    SeedSource? Source = null,
    List<SeedPerson>? People = null);

/// <summary>One of years, months or endsOn; a null term is open-ended.</summary>
public sealed record SeedTerm(int? Years = null, int? Months = null, DateOnly? EndsOn = null)
{
    public Term ToTerm() =>
        Years is { } y ? Term.OfYears(y)
        : Months is { } m ? Term.OfMonths(m)
        : EndsOn is { } e ? Term.Until(e)
        : Term.OpenEnded;
}

/// <summary>Where the facts come from: the release's publisher, title, date and address, and its file name and SHA-256.</summary>
public sealed record SeedSource(string? Publisher, string? Title, DateOnly? PublishedOn = null, string? Url = null, string? Identifier = null, string? Sha256 = null);

public sealed record SeedParty(string Organization, PartyRole Role = PartyRole.Party);

public sealed record SeedPerson(string Name, string Organization, ParticipantRole Role, string? Title = null);
