using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Pages.Staff;

/// <summary>One agreement as the staff lists show it: enough to recognise it and see where it stands.</summary>
public sealed record AgreementSummary(
    int Id,
    string Title,
    AgreementType Type,
    Visibility Visibility,
    DateOnly EffectiveOn,
    DateOnly? EndsOn,
    IReadOnlyList<PartyName> Partners)
{
    /// <summary>Ended early: <see cref="EndsOn"/> is the termination date.</summary>
    public bool Terminated { get; init; }

    public bool Archived { get; init; }

    public AgreementPeriod Period => new(EffectiveOn, EndsOn, Terminated);
}

/// <summary>An organization's name as lists show it, with its local name when it has one.</summary>
public sealed record PartyName(int Id, string Name, string? LocalName, string? CountryCode, bool IsHome);
