using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>What a press release says about one agreement, field by field, each with its evidence. Nothing here is saved.</summary>
public sealed record ReleaseDraft(
    string Language,
    Field<AgreementType> Type,
    Field<string> Title,
    IReadOnlyList<DraftParty> Parties,
    IReadOnlyList<DraftPerson> People,
    Field<DateOnly> EffectiveOn,
    Field<string> EffectiveOnAsStated,
    Field<bool> EffectiveOnInferred,
    Field<DraftTerm> Term,
    Field<int> PartnerOrdinal,
    DraftSource Source);

/// <summary>
/// A party: an existing organization (<see cref="Slug"/>, matched by <see cref="MatchedBy"/>) or, when none matches,
/// a proposed new one with whatever the release says of its country and kind.
/// </summary>
public sealed record DraftParty(
    string AsWritten,
    string? Slug,
    string? MatchedBy,
    PartyRole Role,
    string Sentence,
    ProposedOrganization? Proposed);

public sealed record ProposedOrganization(
    string Name,
    Field<string> ShortName,
    Field<string> CountryCode,
    Field<string> City,
    Field<OrganizationKind> Kind);

/// <summary>A signatory (named in a photo caption or a signing sentence) or a quoted representative.</summary>
public sealed record DraftPerson(
    string Name,
    ParticipantRole Role,
    Field<string> Title,
    Field<string> ActsFor,
    string Sentence);

/// <summary>A term in years or months, or until an end date; neither when the release states none.</summary>
public sealed record DraftTerm(int? Length, TermUnit? Unit, DateOnly? EndsOn = null)
{
    public static DraftTerm NoneStated { get; } = new(null, null);

    public bool IsStated => Length is not null || EndsOn is not null;

    public override string ToString() =>
        Length is { } n ? $"{n} {Unit?.ToString().ToLowerInvariant()}"
        : EndsOn is { } end ? $"until {end:yyyy-MM-dd}"
        : "none stated";
}

public sealed record DraftSource(
    Field<string> Publisher,
    Field<string> Title,
    Field<DateOnly> PublishedOn,
    Field<string> Url);
